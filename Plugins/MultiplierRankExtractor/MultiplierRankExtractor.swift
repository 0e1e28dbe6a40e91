import ClaimsCore

/// Multipliers and ranks: 两倍, 翻了一番, 100 lần, gấp đôi, twice, threefold, 3x; 第18, 第十八,
/// thứ 18, hạng 2, 18th, No. 1. A multiplier's value is its factor ("×2"); a rank's is its
/// position ("#18").
public struct MultiplierRankExtractor: ClaimExtractor {
    public static let description = ModuleDescription(
        name: "multipliers-ranks",
        kind: .extractor,
        version: "1.0.0",
        languages: ["*"],
        summary: "Multipliers (两倍, 100 lần, threefold) and ranks (第18, thứ 18, 18th)."
    )

    let languages: ValueLanguages
    public var sentenceAbbreviations: Set<String> { languages.abbreviations }

    public init(languages: ValueLanguages) { self.languages = languages }

    public func extract(from document: Document) -> Extraction {
        var scanner = MultiplierRankScanner(scalars: document.scalars, language: languages.language(document.language))
        return Extraction(mentions: scanner.scan())
    }
}

/// One pass over a document's scalars; see `MultiplierRankExtractor`.
public struct MultiplierRankScanner {
    let s: [Unicode.Scalar]
    // The language's parts are held directly: reading them through a computed property would
    // copy the whole lexicon (and retain every table in it) at each use in the hot loop.
    let lexicon: ValueLexicon
    let reader: NumeralReader
    let triggers: ScalarSet
    let amountWords: WordFilter
    let multiplierWords: WordFilter
    let traps: TextTraps
    var wordless = WordlessLines()
    var mentions: [Mention] = []

    public init(scalars: [Unicode.Scalar], language: ValueLanguage) {
        self.s = scalars
        self.lexicon = language.lexicon
        self.reader = language.reader
        self.triggers = language.triggers
        self.amountWords = language.amountWords
        self.multiplierWords = language.multiplierWords
        self.traps = TextTraps(scalars, words: language.lexicon.traps)
    }

    public mutating func scan() -> [Mention] {
        let triggers = self.triggers
        let amountWords = self.amountWords
        let multiplierWords = self.multiplierWords
        let s = self.s
        CandidateWalk.walk(s, traps: traps,
                           hanTrigger: { triggers.contains(s[$0]) || multiplierWords.mayStart(han: s[$0], next: $0 + 1 < s.count ? s[$0 + 1] : nil) },
                           wordTrigger: { multiplierWords.mayStart(word: $0, in: s) || amountWords.mayStart(word: $0, in: s) },
                           candidate: { candidate(at: $0) })
        return mentions
    }

    mutating func candidate(at i: Int) -> Int? {
        if let idiom = lexicon.idioms.match(at: i, in: s) { return idiom.end }
        if i > 0, ScalarClass.isHan(s[i - 1]), let idiom = lexicon.idioms.match(at: i - 1, in: s) { return idiom.end }
        // 翻了一番, gấp đôi, twice.
        if let word = lexicon.multiplierWords.match(at: i, in: s) {
            record(.multiplier, start: i, end: word.end, value: word.value)
            return word.end
        }
        // 第18, thứ 18, No. 1 — found by looking back from the numeral; not 第二季度 (a quarter,
        // for the dates module), not "thứ 2, ngày 17/6" (Monday).
        let before = i > 0 && (s[i - 1] == " " || s[i - 1] == "\u{A0}") ? i - 1 : i
        if let prefix = lexicon.rankPrefixes.match(endingAt: before, in: s) {
            guard let numeral = reader.read(at: i, in: s), !numeral.isScaled, !numeral.isVague,
                  numeral.value >= 1, numeral.value == numeral.value.rounded() else { return nil }
            // In Vietnamese "thứ hai" is Monday: only digits count after a Latin prefix.
            if ScalarClass.isLetter(s[prefix.start]), numeral.form != .digits { return numeral.end }
            if lexicon.timeUnits.match(at: skipSpace(numeral.end), in: s) != nil || followsQuarter(numeral.end) { return numeral.end }
            if isWeekday(prefix: prefix.start, numeralEnd: numeral.end, value: numeral.value) { return numeral.end }
            // Only what follows the digits can make them an identifier: "No.1" is a rank.
            if numeral.form == .digits, numeral.end < s.count, ScalarClass.isLetter(s[numeral.end]) || s[numeral.end] == "-" {
                return numeral.end
            }
            record(.rank, start: prefix.start, end: numeral.end, value: numeral.value)
            return numeral.end
        }
        guard let numeral = reader.read(at: i, in: s), !numeral.isVague else { return nil }
        // 18th: an ordinal ending glued to the digits.
        if numeral.form == .digits, !numeral.isScaled, !numeral.hasFraction, let suffix = lexicon.ordinalSuffixes.match(at: numeral.end, in: s) {
            if i > 0, ScalarClass.isLetter(s[i - 1]) || s[i - 1] == "-" { return suffix.end }
            // the 2nd quarter, the 3rd week: a date or a period, not a rank.
            if lexicon.timeUnits.match(at: skipSpace(suffix.end), in: s) != nil { return suffix.end }
            // May 4th: the day of a month, which the dates module reads.
            if afterMonth(i) { return suffix.end }
            record(.rank, start: i, end: suffix.end, value: numeral.value)
            return suffix.end
        }
        // 两倍, 100 lần, 3 times, threefold, 3x.
        let k = skipSpace(numeral.end)
        if let multiplier = lexicon.multipliers.match(at: k, in: s), !numeral.isScaled {
            if numeral.form == .digits {
                if traps.identifierEnd(start: numeral.start, end: numeral.coreEnd) != nil, k == numeral.end, !ScalarClass.isHan(s[k]) {
                    // "3x" glued is a multiplier; "GPT-4 times" is not.
                    if i > 0, ScalarClass.isLetter(s[i - 1]) || s[i - 1] == "-" { return multiplier.end }
                }
                if wordless.isWordless(around: i, in: s) { return multiplier.end }
            }
            // "một lần", "1 time": once is not a multiplier.
            guard numeral.value > 1 else { return multiplier.end }
            record(.multiplier, start: min(i, numeral.start), end: multiplier.end, value: numeral.value)
            return multiplier.end
        }
        return numeral.end
    }

    /// A month name (`dates.lead`) right before `index`, a space apart at most.
    func afterMonth(_ index: Int) -> Bool {
        var b = index
        while b > 0, s[b - 1] == " " || s[b - 1] == "\u{A0}" { b -= 1 }
        guard let lead = lexicon.dates.lead.match(endingAt: b, in: s) else { return false }
        return lead.value.contains(where: \.isMonth) && (lead.start == 0 || !ScalarClass.isLetter(s[lead.start - 1]))
    }

    func skipSpace(_ index: Int) -> Int {
        index < s.count && (s[index] == " " || s[index] == "\u{A0}") ? index + 1 : index
    }

    /// "Thứ 2, ngày 17/6", "vào thứ 2 tuần sau": a weekday written with a digit after a rank word
    /// (Monday is "thứ 2" in Vietnamese), told from a rank by what stands around it: a comma, a
    /// `dates.weekday_followers` word after it (tuần, tới), or a weekday cue or day mark before it
    /// (vào, hôm, ngày). Which digits name weekdays is `dates.numbered_weekdays`.
    func isWeekday(prefix: Int, numeralEnd: Int, value: Double) -> Bool {
        let dates = lexicon.dates
        guard ScalarClass.isLetter(s[prefix]), value == value.rounded(), dates.numberedWeekdays.contains(Int(value)) else { return false }
        var k = numeralEnd
        if k < s.count, s[k] == "," { return true }
        k = skipSpace(k)
        if let follower = dates.weekdayFollowers.match(at: k, in: s), follower.end >= s.count || !ScalarClass.isLetter(s[follower.end]) {
            return true
        }
        var b = prefix
        while b > 0, s[b - 1] == " " || s[b - 1] == "\u{A0}" { b -= 1 }
        guard b < prefix else { return false }
        func whole(_ start: Int) -> Bool { start == 0 || !ScalarClass.isLetter(s[start - 1]) }
        if let cue = dates.weekdayCues.match(endingAt: b, in: s), whole(cue.start) { return true }
        if let lead = dates.lead.match(endingAt: b, in: s), whole(lead.start), lead.value.contains(.dayBefore) { return true }
        return false
    }

    /// 第二季度, 第3季: a period of the year after a rank (`dates.rank_periods`), which is a date.
    func followsQuarter(_ index: Int) -> Bool { lexicon.dates.rankPeriods.match(at: index, in: s) != nil }

    mutating func record(_ kind: MentionKind, start: Int, end: Int, value: Double) {
        let text = String(scalars: s[start..<end])
        let number = QuantityFormat.number(value)
        let display = kind == .multiplier ? "×\(number)" : "#\(number)"
        mentions.append(Mention(kind: kind, span: TextSpan(start: start, end: end), text: text,
                                value: NormalizedValue(display: display, number: value, unit: kind == .multiplier ? "times" : "rank")))
    }
}
