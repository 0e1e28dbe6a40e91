/// A set of scalars as a bitmap over the Basic Multilingual Plane: the scanners' test for
/// "may a value start here" costs a shift and a mask.
public struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral: Set<UInt32> = []

    public init() {}

    public mutating func insert(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 65536 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
    }

    /// Inserts the scalar in both cases, as phrase matching ignores case.
    public mutating func insertFolded(_ s: Unicode.Scalar) {
        insert(s)
        for form in [s.properties.lowercaseMapping, s.properties.uppercaseMapping] {
            if let scalar = form.unicodeScalars.first, form.unicodeScalars.count == 1 { insert(scalar) }
        }
    }

    @inline(__always)
    public func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 65536 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(v)
    }
}

/// A language's value words, ready for scanning: the lexicon, a numeral reader over it, and
/// the scalars at which a value may start.
public struct ValueLanguage: Sendable {
    public let lexicon: ValueLexicon
    public let reader: NumeralReader
    /// Digits, Han numerals, and the first letters of number words, vague words, currencies
    /// written before a number, percent prefixes and rank prefixes.
    public let triggers: ScalarSet

    public init(lexicon: ValueLexicon) {
        self.lexicon = lexicon
        self.reader = NumeralReader(lexicon: lexicon)
        var triggers = ScalarSet()
        for v in UInt32(0x30)...0x39 { triggers.insert(Unicode.Scalar(v)!) }
        for v in UInt32(0xFF10)...0xFF19 { triggers.insert(Unicode.Scalar(v)!) }
        for s in lexicon.hanDigits.keys { triggers.insert(s) }
        for s in lexicon.hanUnits.keys { triggers.insert(s) }
        for table in [lexicon.numberWords.firstScalars, lexicon.vague.firstScalars, lexicon.currencies.firstScalars,
                      lexicon.percentPrefixes.firstScalars, lexicon.rankPrefixes.firstScalars,
                      lexicon.multiplierWords.firstScalars, lexicon.idioms.firstScalars] {
            for s in table { triggers.insertFolded(s) }
        }
        self.triggers = triggers
    }
}

/// Every language's value words, merged once per language when the modules are built.
public struct ValueLanguages: Sendable {
    private let byTag: [String: ValueLanguage]
    private let fallback: ValueLanguage

    public init(_ lexicons: ValueLexicons) {
        var byTag: [String: ValueLanguage] = [:]
        for tag in lexicons.languageTags where tag != "*" {
            byTag[tag] = ValueLanguage(lexicon: lexicons.lexicon(for: tag))
        }
        self.byTag = byTag
        self.fallback = ValueLanguage(lexicon: lexicons.lexicon(for: "und"))
    }

    /// The language's words, else its primary subtag's (zh for zh-Hans), else the shared ones.
    public func language(_ tag: String) -> ValueLanguage {
        if let exact = byTag[tag] { return exact }
        if let primary = tag.split(separator: "-").first, let found = byTag[String(primary)] { return found }
        return fallback
    }
}
