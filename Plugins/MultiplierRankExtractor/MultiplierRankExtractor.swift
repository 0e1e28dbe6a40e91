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

    public init(languages: ValueLanguages) { self.languages = languages }

    public func extract(from document: Document) -> Extraction {
        var scanner = MultiplierRankScanner(scalars: document.scalars, language: languages.language(document.language))
        return Extraction(mentions: scanner.scan())
    }
}

/// One pass over a document's scalars; see `MultiplierRankExtractor`.
public struct MultiplierRankScanner {
    let s: [Unicode.Scalar]
    let language: ValueLanguage
    let traps: TextTraps
    var lexicon: ValueLexicon { language.lexicon }
    var wordless = WordlessLines()
    var mentions: [Mention] = []

    public init(scalars: [Unicode.Scalar], language: ValueLanguage) {
        self.s = scalars
        self.language = language
        self.traps = TextTraps(scalars)
    }

    public mutating func scan() -> [Mention] {
        var i = 0
        while i < s.count {
            let c = s[i]
            if c.value < 0x80, let end = traps.webAddressEnd(at: i) {
                i = end
                continue
            }
            guard language.triggers.contains(c), !(ScalarClass.isLetter(c) && i > 0 && ScalarClass.isLetter(s[i - 1])) else {
                i += 1
                continue
            }
            i = max(i + 1, candidate(at: i) ?? i + 1)
        }
        return mentions
    }

    mutating func candidate(at i: Int) -> Int? {
        if let idiom = lexicon.idioms.match(at: i, in: s) { return idiom.end }
        // 翻了一番, gấp đôi, twice.
        if let word = lexicon.multiplierWords.match(at: i, in: s) {
            record(.multiplier, start: i, end: word.end, value: word.value)
            return word.end
        }
        // 第18, thứ 18, No. 1 — but not 第二季度 (a quarter, for the dates module).
        if let prefix = lexicon.rankPrefixes.match(at: i, in: s) {
            let at = skipSpace(prefix.end)
            guard let numeral = language.reader.read(at: at, in: s), !numeral.isScaled, !numeral.isVague,
                  numeral.value >= 1, numeral.value == numeral.value.rounded() else { return prefix.end }
            // In Vietnamese "thứ hai" is Monday: only digits count after a Latin prefix.
            if ScalarClass.isLetter(s[i]), numeral.form != .digits { return numeral.end }
            if lexicon.timeUnits.match(at: numeral.end, in: s) != nil || followsQuarter(numeral.end) { return numeral.end }
            if numeral.form == .digits, traps.identifierEnd(start: numeral.start, end: numeral.end) != nil { return numeral.end }
            record(.rank, start: i, end: numeral.end, value: numeral.value)
            return numeral.end
        }
        guard let numeral = language.reader.read(at: i, in: s), !numeral.isVague else { return nil }
        // 18th: an ordinal ending glued to the digits.
        if numeral.form == .digits, !numeral.isScaled, !numeral.hasFraction, let suffix = lexicon.ordinalSuffixes.match(at: numeral.end, in: s) {
            if i > 0, ScalarClass.isLetter(s[i - 1]) || s[i - 1] == "-" { return suffix.end }
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
            record(.multiplier, start: i, end: multiplier.end, value: numeral.value)
            return multiplier.end
        }
        return numeral.end
    }

    func skipSpace(_ index: Int) -> Int {
        index < s.count && (s[index] == " " || s[index] == "\u{A0}") ? index + 1 : index
    }

    /// 第二季度, 第3季: a quarter of the year, which is a date.
    func followsQuarter(_ index: Int) -> Bool {
        index < s.count && (s[index] == "季" || s[index] == "期")
    }

    mutating func record(_ kind: MentionKind, start: Int, end: Int, value: Double) {
        let text = String(String.UnicodeScalarView(s[start..<end]))
        let number = QuantityFormat.number(value)
        let display = kind == .multiplier ? "×\(number)" : "#\(number)"
        mentions.append(Mention(kind: kind, span: TextSpan(start: start, end: end), text: text,
                                value: NormalizedValue(display: display, number: value, unit: kind == .multiplier ? "times" : "rank")))
    }
}
