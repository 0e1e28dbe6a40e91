/// The words of `TextTraps`, from the value lexicons of every language: a page's furniture is
/// often in another language than its story, so each text is tested with all of them.
public struct TrapWords: Sendable {
    /// A page's own time stamps ("7 hours ago", "3 giờ trước", "5分钟前"), after a number.
    public var timestamps = PhraseTable<Bool>()
    /// What makes a number a clock time ("5 p.m.", "9 am").
    public var clockSuffixes = PhraseTable<Bool>()
    /// Capitalised words a short number may follow without being a product's name ("May 5",
    /// "USD 50" against "Office 365"): month names and abbreviations, and currency codes, lower-cased.
    public var notNames: Set<String> = []

    public init() {}

    init(_ files: [ValueLexicons.File]) {
        for file in files {
            timestamps.insert(contentsOf: (file.traps?.timestamps ?? []).map { ($0, true) })
            clockSuffixes.insert(contentsOf: (file.traps?.clockSuffixes ?? []).map { ($0, true) })
            let months = Array((file.dates?.months ?? [:]).keys) + Array((file.dates?.monthAbbreviations ?? [:]).keys)
            for month in months where month.unicodeScalars.allSatisfy({ $0.isASCII }) {
                notNames.insert(String(month.lowercased().reversed().drop { $0 == "." }.reversed()))
            }
            // A currency's code, or the letters its symbol starts with (US$, HK$): two or more
            // capitals, not a word (dollars, yen).
            for phrase in (file.currencies ?? [:]).flatMap({ [$0.key] + $0.value }) {
                let letters = phrase.unicodeScalars.prefix { ScalarClass.isASCIILetter($0) }
                if letters.count >= 2, letters.allSatisfy({ ScalarClass.isUppercase($0) }) {
                    notNames.insert(String(scalars: letters).lowercased())
                }
            }
        }
    }
}

extension ValueLexicons.File {
    /// `traps:` of a value lexicon.
    struct Traps: Codable {
        var timestamps: [String]?
        var clockSuffixes: [String]?

        enum CodingKeys: String, CodingKey {
            case timestamps
            case clockSuffixes = "clock_suffixes"
        }
    }

    /// `sentences:` of a value lexicon.
    struct Sentences: Codable {
        /// Words after which a period does not end the sentence (Mr., U.S., TP., PGS.).
        var abbreviations: [String]?
    }
}
