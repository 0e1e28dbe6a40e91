/// A language's value words, ready for scanning: the lexicon, a numeral reader over it, and
/// the scalars at which a value may start.
/// A class, so that handing it to a scanner per document costs one reference, not a copy of
/// every table in it.
public final class ValueLanguage: Sendable {
    public let lexicon: ValueLexicon
    public let reader: NumeralReader
    /// Where a numeral may start: digits, Han numerals, and the first scalars of number words
    /// and vague words. Words written before a numeral (US$, 百分之, thứ) are looked up
    /// backwards from it, so they need no trigger.
    public let triggers: ScalarSet
    /// Where a date or a duration may start: digits, Han numerals, the first letters of number
    /// words and articles, and the first scalars of the date words (months, weekdays, relative
    /// words, parts, quarters, the words before a number).
    public let dateTriggers: ScalarSet
    /// The words and Han pairs a date or an amount of time may start with.
    public let dateWords: WordFilter
    /// Of those, the words an amount starts with (number words, vague words, articles).
    public let dateNumberWords: WordFilter
    /// The words and Han pairs that may follow a number in a date or a duration.
    public let dateFollowers: WordFilter
    /// The words an amount may start with: number words and vague words (hai, two, hàng, billions of).
    public let amountWords: WordFilter
    /// Multipliers said in words (twice, gấp đôi, 翻了一番).
    public let multiplierWords: WordFilter

    public init(lexicon: ValueLexicon) {
        self.lexicon = lexicon
        self.reader = NumeralReader(lexicon: lexicon)
        var triggers = ScalarSet()
        for v in UInt32(0x30)...0x39 { triggers.insert(Unicode.Scalar(v)!) }
        for v in UInt32(0xFF10)...0xFF19 { triggers.insert(Unicode.Scalar(v)!) }
        for s in lexicon.hanDigits.keys { triggers.insert(s) }
        for s in lexicon.hanUnits.keys { triggers.insert(s) }
        for s in lexicon.hanTens.keys { triggers.insert(s) }
        for table in [lexicon.numberWords.firstScalars, lexicon.vague.firstScalars, lexicon.negatives.firstScalars] {
            for s in table { triggers.insertFolded(s) }
        }
        // 万分之三: a large unit may start a fraction.
        if !lexicon.fractionMarks.isEmpty {
            for s in lexicon.scales.firstScalars where ScalarClass.isHan(s) { triggers.insert(s) }
        }
        self.triggers = triggers
        var dateTriggers = ScalarSet()
        for v in UInt32(0x30)...0x39 { dateTriggers.insert(Unicode.Scalar(v)!) }
        for v in UInt32(0xFF10)...0xFF19 { dateTriggers.insert(Unicode.Scalar(v)!) }
        for s in lexicon.hanDigits.keys { dateTriggers.insert(s) }
        for s in lexicon.hanUnits.keys { dateTriggers.insert(s) }
        for s in lexicon.hanTens.keys { dateTriggers.insert(s) }
        for table in [lexicon.numberWords.firstScalars, lexicon.vague.firstScalars, lexicon.dates.articles.firstScalars] {
            for s in table { dateTriggers.insertFolded(s) }
        }
        for s in lexicon.dates.lead.firstScalars { dateTriggers.insertFolded(s) }
        self.dateTriggers = dateTriggers
        self.dateWords = WordFilter(phrases: lexicon.dates.startPhrases,
                                    alwaysHan: Array(lexicon.hanDigits.keys) + Array(lexicon.hanUnits.keys) + Array(lexicon.hanTens.keys))
        self.dateNumberWords = WordFilter(phrases: lexicon.dates.numberPhrases)
        // "two and a half years", "one point five hours": the number goes on before its unit.
        self.dateFollowers = WordFilter(phrases: lexicon.dates.followerPhrases + lexicon.wordJoiners.phrases + lexicon.pointWords.phrases)
        self.amountWords = WordFilter(phrases: lexicon.numberWords.phrases + lexicon.vague.phrases + lexicon.idioms.phrases + lexicon.negatives.phrases
            + lexicon.articles.phrases + lexicon.fractionWords.phrases)
        self.multiplierWords = WordFilter(phrases: lexicon.multiplierWords.phrases)
    }
}

/// A filter over the words that may start a phrase, so that a scanner looks at a word once and
/// skips it unless some phrase may start there: Latin-script words are hashed whole (ASCII
/// letters folded to lower case), a phrase of several words by its first two, Han phrases by
/// their first two characters. It may let a word through that starts no phrase, never the
/// reverse (for the forms it indexes: as written, lower case, capitalised and upper case,
/// composed and decomposed).
public struct WordFilter: Sendable {
    /// First words of phrases that are one word, or whose first word is followed by something
    /// other than another word (mid-, Q2, thứ 2).
    private var single = [UInt64](repeating: 0, count: 1024)
    /// First words of every phrase.
    private var first = [UInt64](repeating: 0, count: 1024)
    /// First and second words of phrases of several words (những năm, first half).
    private var pairs = [UInt64](repeating: 0, count: 1024)
    private var hanPairs = [UInt64](repeating: 0, count: 1024)
    private var hanAlways = ScalarSet()

    public init(phrases: [String], alwaysHan: [Unicode.Scalar] = []) {
        for s in alwaysHan { hanAlways.insert(s) }
        for phrase in phrases {
            for form in [phrase, phrase.lowercased(), phrase.uppercased(), phrase.prefix(1).uppercased() + phrase.dropFirst()] {
                for variant in form.canonicalForms {
                    let scalars = Array(variant.unicodeScalars)
                    guard let head = scalars.first else { continue }
                    if Self.isWordScalar(head.value) {
                        let word = Self.word(at: 0, in: scalars)
                        Self.set(&first, word.hash)
                        if word.end + 1 < scalars.count, scalars[word.end] == " ", Self.isWordScalar(scalars[word.end + 1].value) {
                            Self.set(&pairs, Self.combine(word.hash, Self.word(at: word.end + 1, in: scalars).hash))
                        } else {
                            Self.set(&single, word.hash)
                        }
                    } else if ScalarClass.isHan(head) {
                        if scalars.count == 1 || !ScalarClass.isHan(scalars[1]) {
                            hanAlways.insert(head)
                        } else {
                            Self.set(&hanPairs, Self.pair(head, scalars[1]))
                        }
                    }
                }
            }
        }
    }

    static func set(_ bits: inout [UInt64], _ h: UInt32) { bits[Int(h >> 6 & 1023)] |= 1 << UInt64(h & 63) }

    @inline(__always)
    static func test(_ bits: [UInt64], _ h: UInt32) -> Bool { bits[Int(h >> 6 & 1023)] & (1 << UInt64(h & 63)) != 0 }

    /// Letters of a word: ASCII letters, and the scalars of alphabetic scripts up to U+1FFF
    /// (Latin with Vietnamese diacritics, combining accents, Greek, Cyrillic).
    @inline(__always)
    public static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 {
            let lower = v | 0x20
            return lower >= 0x61 && lower <= 0x7A
        }
        return v >= 0xC0 && v < 0x2000 && v != 0xD7 && v != 0xF7
    }

    /// The hash of the word starting at `i`, and where it ends.
    @inline(__always)
    public static func word(at i: Int, in s: [Unicode.Scalar]) -> (hash: UInt32, end: Int) {
        var h: UInt32 = 2_166_136_261
        var j = i
        while j < s.count {
            var v = s[j].value
            guard isWordScalar(v) else { break }
            if v < 0x80 { v |= 0x20 }
            h = (h ^ v) &* 16_777_619
            j += 1
        }
        return (h ^ (h >> 16), j)
    }

    @inline(__always)
    static func combine(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let h = a &* 0x9E37_79B1 ^ (b &+ 0x7F4A_7C15)
        return h ^ (h >> 15)
    }

    @inline(__always)
    static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt32 {
        let h = (a.value &* 0x9E37_79B1) ^ (b.value &* 0x85EB_CA77)
        return h ^ (h >> 16)
    }

    /// May a phrase start with the word whose hash this is (looking at that word only)?
    @inline(__always)
    public func mayStart(word hash: UInt32) -> Bool { Self.test(first, hash) }

    /// May a phrase start with the word at `i`, whose hash and end are given, given the word
    /// after it?
    @inline(__always)
    public func mayStart(word: (hash: UInt32, end: Int), in s: [Unicode.Scalar]) -> Bool {
        if Self.test(single, word.hash) { return true }
        guard Self.test(first, word.hash), word.end + 1 < s.count, s[word.end] == " " else { return false }
        return Self.test(pairs, Self.combine(word.hash, Self.word(at: word.end + 1, in: s).hash))
    }

    /// May a phrase (or a Han numeral) start with this Han character, followed by `next`?
    @inline(__always)
    public func mayStart(han a: Unicode.Scalar, next b: Unicode.Scalar?) -> Bool {
        if hanAlways.contains(a) { return true }
        guard let b else { return false }
        return Self.test(hanPairs, Self.pair(a, b))
    }
}

/// Every language's value words, merged once per language when the modules are built.
public struct ValueLanguages: Sendable {
    private let byTag: [String: ValueLanguage]
    private let fallback: ValueLanguage
    /// The words after which a period does not end a sentence, for `Document`.
    public let abbreviations: Set<String>
    /// What tells the language of a text no manifest names.
    public let guesser: LanguageGuesser

    public init(_ lexicons: ValueLexicons) {
        var byTag: [String: ValueLanguage] = [:]
        for tag in lexicons.languageTags where tag != "*" {
            byTag[tag] = ValueLanguage(lexicon: lexicons.lexicon(for: tag))
        }
        self.byTag = byTag
        self.fallback = ValueLanguage(lexicon: lexicons.lexicon(for: "und"))
        self.abbreviations = lexicons.abbreviations
        self.guesser = lexicons.guesser
    }

    /// The language's words, else its primary subtag's (zh for zh-Hans), else the shared ones.
    public func language(_ tag: String) -> ValueLanguage {
        if let exact = byTag[tag] { return exact }
        if let primary = tag.split(separator: "-").first, let found = byTag[String(primary)] { return found }
        return fallback
    }
}
