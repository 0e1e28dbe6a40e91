import Foundation

/// One language's view of the concept lexicon, ready for reading sentences.
public final class ConceptLanguage: Sendable {
    /// Core words and phrases to the indices of their concepts.
    let core: PhraseTable<[Int]>
    let concepts: [Concept]
    /// Generated words (Han strings, or Vietnamese syllables joined by one space) to glosses.
    let generated: [GeneratedDictionary]
    /// The longest generated word, in Han characters or syllables.
    let generatedLength: Int
    /// Syllables to the Latin syllables a name written with them may be spelt with elsewhere
    /// (Sino-Vietnamese "thủy" to pinyin "shui"), likeliest first.
    let romanized: [GeneratedDictionary]
    /// Spellings of countries (Thailand, Thai, Thais, Thái Lan) to one key per country.
    let places: [GeneratedDictionary]
    /// Country keys to their time zone: an IANA id (Asia/Taipei) or a fixed offset (+08:00).
    let zones: [GeneratedDictionary]
    /// Folded English words of the core to their concepts, for glosses.
    let englishWords: [String: Int]
    /// The core's English words as written ("assault", "remains"): a word that folds to one
    /// ("assaults") is its concept; "remained" folds to "remain", which the core does not list.
    let englishHeads: [String: Int]
    /// Whether a noun's modifiers follow it ("2 nạn nhân người Việt"), as in Vietnamese, so that a
    /// name right after a counted noun says which part is counted; in English and Chinese a name
    /// after it is another noun's ("the 1,500-seat Bataclan hall").
    let modifiersAfterNoun: Bool
    let stopwords: PhraseTable<Bool>
    let attribution: PhraseTable<Bool>
    let attributionAfter: PhraseTable<Bool>
    let updates: PhraseTable<Bool>
    /// Marks beside a date that make it a dateline, when it stands in a text's first words:
    /// after it ("【新唐人2013年10月18日讯】", "Taipei, April 3 (CNA)") or before it ("Updated:").
    let datelineAfter: PhraseTable<Bool>
    let datelineBefore: PhraseTable<Bool>
    /// Words before an event or a figure that make it another occurrence or an increment
    /// (再, 又, lại, thêm, again, another).
    let repeats: PhraseTable<Bool>
    /// Marks after a word that make it a modifier of the noun that follows (的, 之).
    let modifierMarks: PhraseTable<Bool>
    /// Relative pronouns that open a clause about the noun before them (who, which, mà).
    let relatives: PhraseTable<Bool>
    /// Words that join two nouns into one group ("passengers and crew", "乘客和机组人员").
    let joins: PhraseTable<Bool>
    /// Words that say what a counted group is ("173 were Korean", "2人為泰國人", "2 người là
    /// khách qua đường").
    let copulas: PhraseTable<Bool>
    /// Passive auxiliaries: the word right after one is a verb ("had been registered on Oct. 3",
    /// "được đăng ký ngày 3/10").
    let passives: PhraseTable<Bool>
    /// Words that, beside a country's name, name its time ("台灣時間", "giờ Việt Nam", "India time").
    let zoneMarks: PhraseTable<Bool>
    /// Marks after which comes who did it ("被", "by", "bởi"): a noun past one is the agent.
    let agentMarks: PhraseTable<Bool>
    let suffixes: [(String, String)]
    /// en, vi, zh, or und.
    let tag: String
    /// Unit words (km, 公里, miles, dặm), longest first, with their concept and the factor to
    /// its base unit.
    let units: [(word: String, concept: String, factor: Double, offset: Double)]
    /// Generated words already looked up, to their keys (`keys(ofWord:)`).
    let wordKeys = Memo<String, [String]?>()
    /// Words already read as units (`unit(of:)`), and names as countries with a time zone
    /// (`DescriptionReader.country(of:language:)`).
    let unitsRead = Memo<String, (concept: String, factor: Double, offset: Double)?>()
    let countries = Memo<String, (key: String, zone: String)?>()

    init(core: PhraseTable<[Int]> = PhraseTable(), concepts: [Concept] = [], generated: [GeneratedDictionary] = [],
         romanized: [GeneratedDictionary] = [], places: [GeneratedDictionary] = [], zones: [GeneratedDictionary] = [],
         englishWords: [String: Int] = [:], englishHeads: [String: Int] = [:], stopwords: PhraseTable<Bool> = PhraseTable(), attribution: PhraseTable<Bool> = PhraseTable(),
         attributionAfter: PhraseTable<Bool> = PhraseTable(), updates: PhraseTable<Bool> = PhraseTable(),
         datelineAfter: PhraseTable<Bool> = PhraseTable(), datelineBefore: PhraseTable<Bool> = PhraseTable(),
         repeats: PhraseTable<Bool> = PhraseTable(), modifierMarks: PhraseTable<Bool> = PhraseTable(),
         relatives: PhraseTable<Bool> = PhraseTable(), joins: PhraseTable<Bool> = PhraseTable(), copulas: PhraseTable<Bool> = PhraseTable(), passives: PhraseTable<Bool> = PhraseTable(), zoneMarks: PhraseTable<Bool> = PhraseTable(), agentMarks: PhraseTable<Bool> = PhraseTable(), modifiersAfterNoun: Bool = false, suffixes: [(String, String)] = [], tag: String = "und", units: [(word: String, concept: String, factor: Double, offset: Double)] = []) {
        self.core = core
        self.concepts = concepts
        self.generated = generated
        self.generatedLength = min(generated.map(\.longest).max() ?? 1, 4)
        self.romanized = romanized
        self.places = places
        self.zones = zones
        self.englishWords = englishWords
        self.englishHeads = englishHeads
        self.modifiersAfterNoun = modifiersAfterNoun
        self.stopwords = stopwords
        self.attribution = attribution
        self.attributionAfter = attributionAfter
        self.updates = updates
        self.datelineAfter = datelineAfter
        self.datelineBefore = datelineBefore
        self.repeats = repeats
        self.modifierMarks = modifierMarks
        self.joins = joins
        self.copulas = copulas
        self.passives = passives
        self.zoneMarks = zoneMarks
        self.agentMarks = agentMarks
        self.relatives = relatives
        self.suffixes = suffixes
        self.tag = tag
        self.units = units
    }

    /// Whether the date at `span` is marked as a dateline: a mark right after it, past spaces,
    /// or right before it, past spaces and a colon.
    func isDateline(_ span: TextSpan, in s: [Unicode.Scalar]) -> Bool {
        var k = span.end
        while k < s.count, s[k] == " " || s[k] == "\u{A0}" { k += 1 }
        if k < s.count, datelineAfter.match(at: k, in: s) != nil { return true }
        var b = span.start
        while b > 0, s[b - 1] == " " || s[b - 1] == ":" || s[b - 1] == "\u{A0}" { b -= 1 }
        return b > 0 && datelineBefore.match(endingAt: b, in: s) != nil
    }

    /// The unit a value is written in ("英里處" starts with 英里; "miles"), as its concept and
    /// the factor to the concept's base unit: "5 miles" is 8.05 km.
    func unit(of written: String) -> (concept: String, factor: Double, offset: Double)? {
        unitsRead.value(written) { findUnit(of: $0) }
    }

    private func findUnit(of written: String) -> (concept: String, factor: Double, offset: Double)? {
        // Compared by compatibility: ℃ is °C, as km² is km2 on both sides.
        let lower = written.precomposedStringWithCompatibilityMapping.lowercased()
        for unit in units where lower.hasPrefix(unit.word) {
            let rest = lower.unicodeScalars.dropFirst(unit.word.unicodeScalars.count)
            // A Latin unit ends at a word's end ("m" is not "miles"); a Han one needs no break.
            if let next = rest.first, ScalarClass.isLetter(next), !ScalarClass.isHan(next), !ScalarClass.isHan(unit.word.unicodeScalars.last!) {
                continue
            }
            return (unit.concept, unit.factor, unit.offset)
        }
        return nil
    }

    /// An English word folded to its head form by the language's suffix rules: "bodies" →
    /// "body", "passengers" → "passenger". A word keeps at least three letters.
    static func fold(_ word: String, suffixes: [(String, String)]) -> String {
        let lower = word.lowercased()
        for (suffix, replacement) in suffixes where lower.hasSuffix(suffix) && lower.count - suffix.count + replacement.count >= 3 {
            return String(lower.dropLast(suffix.count)) + replacement
        }
        return lower
    }

    /// The concept keys of a generated word (a Han string, or Vietnamese syllables), from its
    /// first four glosses, or nil when no generated dictionary has it; each word is looked up
    /// once a run.
    func keys(ofWord word: String) -> [String]? {
        wordKeys.value(word) { word in
            guard let glosses = glosses(word) else { return nil }
            var found: [String] = []
            for gloss in glosses.prefix(4) { for key in keys(forGloss: gloss) where !found.contains(key) { found.append(key) } }
            return found
        }
    }

    /// The glosses of a generated word, first dictionary first.
    func glosses(_ word: String) -> [String]? {
        let bytes = Array(word.utf8)
        for dictionary in generated { if let found = dictionary.glosses(bytes) { return found } }
        return nil
    }

    func fold(_ word: String) -> String { Self.fold(word, suffixes: suffixes) }

    /// The key of the country a lower-cased name spells ("thai", "thái lan": "thailand"), if any.
    func place(_ name: String) -> String? {
        guard !places.isEmpty else { return nil }
        let bytes = Array(name.utf8)
        return places.lazy.compactMap { $0.glosses(bytes)?.first }.first
    }

    /// The time zone of a country, by its key ("taiwan": Asia/Taipei, "china": +08:00), if it has one.
    func zone(of place: String) -> String? {
        let bytes = Array(place.utf8)
        return zones.lazy.compactMap { $0.glosses(bytes)?.first }.first
    }

    /// The most spellings kept for one name.
    public static let romanizedLimit = 8

    /// How a name of this language may be spelt in Latin letters elsewhere: "Kim Thủy" as
    /// "jinshui", "Hoa Xuân Oánh" as "huachunying" (syllables joined, likeliest first). Empty
    /// unless every syllable, two to four of them, has a romanization.
    public func romanizedForms(of name: String) -> [String] {
        guard !romanized.isEmpty else { return [] }
        let syllables = name.lowercased().nfc.split(separator: " ")
        guard (2...4).contains(syllables.count) else { return [] }
        var choices: [[String]] = []
        for syllable in syllables {
            let bytes = Array(syllable.utf8)
            guard let found = romanized.lazy.compactMap({ $0.glosses(bytes) }).first, !found.isEmpty else { return [] }
            choices.append(found)
        }
        // Likeliest first: the fewest departures from each syllable's first spelling.
        var forms: [(cost: Int, text: String)] = [(0, "")]
        for options in choices {
            var next: [(cost: Int, text: String)] = []
            for form in forms { for (rank, option) in options.enumerated() { next.append((form.cost + rank, form.text + option)) } }
            forms = Array(next.sorted { $0.cost != $1.cost ? $0.cost < $1.cost : $0.text < $1.text }.prefix(Self.romanizedLimit))
        }
        return forms.map(\.text)
    }

    /// The concept keys of an English gloss: the core concept it names, else its folded form;
    /// a two- or three-word gloss also gives its last word ("dead body" → body), unless it
    /// joins two words ("life or death").
    /// A gloss marked "=" is the name of a proper-name entry ("=paris", "=mekong river"): kept
    /// as written, so that it meets the same name in Latin letters ("Paris", "Mekong River").
    func keys(forGloss gloss: String) -> [String] {
        if gloss.hasPrefix("=") {
            let name = place(String(gloss.dropFirst())) ?? String(gloss.dropFirst())
            // "mekong river" also meets "Mekong": a name's first word is its distinctive part.
            guard let first = name.split(separator: " ").first, first.count >= 3, name.contains(" ") else { return [name] }
            return [name, String(first)]
        }
        let folded = gloss.split(separator: " ").map { fold(String($0)) }.joined(separator: " ")
        if let concept = englishWords[folded] ?? englishWords[gloss] { return [concepts[concept].id] }
        var keys = [folded]
        // A coordination ("life or death", "black and white") has no head word.
        let words = gloss.split(separator: " ")
        if let last = words.last, last.count >= 3, words.count > 1, !words.contains("or"), !words.contains("and") {
            let head = fold(String(last))
            if let concept = englishWords[head] { keys.append(concepts[concept].id) } else { keys.append(head) }
        }
        return keys
    }
}
