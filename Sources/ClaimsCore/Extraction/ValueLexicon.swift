import Foundation
import Yams

/// How a hedge word bends a value into an interval.
public enum Hedge: String, Codable, Sendable, CaseIterable {
    case moreThan = "more than"
    case about
    case atLeast = "at least"
    case lessThan = "less than"
    case upTo = "up to"
    case vague

    /// The interval a hedged value stands for. `about` allows ±10 %; open sides reach to
    /// twice or half the value, far enough to hold any reading a writer would call "more than".
    public func interval(for value: Double) -> (low: Double, high: Double) {
        switch self {
        case .moreThan: (value, value * 2)
        case .atLeast: (value, value * 2)
        case .about: (value * 0.9, value * 1.1)
        case .lessThan: (value / 2, value)
        case .upTo: (value / 2, value)
        case .vague: (value, value)
        }
    }
}

/// The words a language uses for values: numerals, scale words, currencies, percentages and
/// hedges, read from `Claims/lexicon/values/*.yaml`. Several files may serve one language; a
/// file for `*` serves every language.
public struct ValueLexicon: Sendable {
    public var languages: [String] = []
    public var decimalSeparator: Unicode.Scalar = "."
    public var groupSeparator: Unicode.Scalar = ","
    /// Chinese-style numerals: digits, units inside a group (十百千), large units (万亿).
    public var hanDigits: [Unicode.Scalar: Double] = [:]
    public var hanUnits: [Unicode.Scalar: Double] = [:]
    public var scales = PhraseTable<Double>()
    /// Abbreviated scales (bn, k, B) that count only glued to digits.
    public var scaleAbbreviations = PhraseTable<Double>()
    public var numberWords = PhraseTable<Double>()
    /// Words written with numerals that are not numbers (十分, 第三方, một số): skipped whole.
    public var idioms = PhraseTable<Bool>()
    /// Words that make a magnitude vague ("数十亿", "hàng trăm", "billions of"), with the range
    /// of multipliers they stand for.
    public var vague = PhraseTable<ClosedRange<Double>>()
    public var currencies = PhraseTable<String>()
    public var percentPrefixes = PhraseTable<Bool>()
    public var percentSuffixes = PhraseTable<Bool>()
    public var percentagePoints = PhraseTable<Bool>()
    public var hedgesBefore = PhraseTable<Hedge>()
    public var hedgesAfter = PhraseTable<Hedge>()
    /// Measure words between a number and what it counts (名, 家).
    public var classifiers = PhraseTable<Bool>()
    /// Words that end a counted noun (的, của, of).
    public var countStops = PhraseTable<Bool>()
    /// Longest counted noun kept: Han characters, or words in alphabetic scripts.
    public var countMaxLength = 3
    /// One-character Han nouns that may follow a number without a measure word (人).
    public var singleNouns = PhraseTable<Bool>()
    /// Units of time (年, tháng, years) by name: year, month, week, day, hour, minute, quarter.
    public var timeUnits = PhraseTable<String>()
    public var multipliers = PhraseTable<Bool>()
    /// Multipliers said in words (翻了一番, gấp đôi, twice) with their factor.
    public var multiplierWords = PhraseTable<Double>()
    public var rankPrefixes = PhraseTable<Bool>()
    /// Ordinal endings glued to digits (18th).
    public var ordinalSuffixes = PhraseTable<Bool>()

    public init() {}
}

/// All value lexicons of a workbench, merged per language on demand.
public struct ValueLexicons: Sendable {
    struct File: Decodable {
        struct Numerals: Decodable {
            var decimal: String?
            var group: String?
            var digits: [String: Double]?
            var units: [String: Double]?
            var scales: [String: Double]?
            var scaleAbbreviations: [String: Double]?
            var words: [String: Double]?
            var vague: [String: [Double]]?
            var idioms: [String]?

            enum CodingKeys: String, CodingKey {
                case decimal, group, digits, units, scales, words, vague, idioms
                case scaleAbbreviations = "scale_abbreviations"
            }
        }

        struct Percent: Decodable {
            var prefix: [String]?
            var suffix: [String]?
            var points: [String]?
        }

        var languages: [String]
        var numerals: Numerals?
        var currencies: [String: [String]]?
        var percent: Percent?
        var hedges: [String: [String]]?
        var counting: Counting?
        var timeUnits: [String: [String]]?
        var multipliers: [String]?
        var multiplierWords: [String: Double]?
        var rankPrefixes: [String]?
        var ordinalSuffixes: [String]?

        struct Counting: Decodable {
            var classifiers: [String]?
            var stop: [String]?
            var maxLength: Int?
            var singleNouns: [String]?

            enum CodingKeys: String, CodingKey {
                case classifiers, stop
                case maxLength = "max_length"
                case singleNouns = "single_nouns"
            }
        }

        enum CodingKeys: String, CodingKey {
            case languages, numerals, currencies, percent, hedges, counting, multipliers
            case timeUnits = "time_units"
            case multiplierWords = "multiplier_words"
            case rankPrefixes = "rank_prefixes"
            case ordinalSuffixes = "ordinal_suffixes"
        }
    }

    let files: [(name: String, file: File)]

    /// Reads every `*.yaml` file of the folders, in order; later files add to earlier ones.
    /// A file that cannot be parsed is an error naming it.
    public static func load(from directories: [URL]) throws(SourceError) -> ValueLexicons {
        var files: [(name: String, file: File)] = []
        for directory in directories {
            files += try load(from: directory).files
        }
        return ValueLexicons(files: files)
    }

    public static func load(from directory: URL) throws(SourceError) -> ValueLexicons {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            throw SourceError(source: directory.path, problem: "value lexicon folder cannot be read")
        }
        var files: [(name: String, file: File)] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = directory.appendingPathComponent(name)
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                files.append((url.path, try YAMLDecoder().decode(File.self, from: text)))
            } catch {
                throw SourceError(source: url.path, problem: "not a valid value lexicon: \(Self.describe(error))")
            }
        }
        return ValueLexicons(files: files)
    }

    public static func parse(yaml: String, name: String = "lexicon") throws(SourceError) -> ValueLexicons {
        do { return ValueLexicons(files: [(name, try YAMLDecoder().decode(File.self, from: yaml))]) } catch {
            throw SourceError(source: name, problem: "not a valid value lexicon: \(describe(error))")
        }
    }

    static func describe(_ error: any Error) -> String {
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
    }

    /// Every language tag a file names.
    public var languageTags: Set<String> { Set(files.flatMap(\.file.languages)) }

    /// The merged lexicon for a language tag: files naming it, its primary subtag or `*`.
    public func lexicon(for language: String) -> ValueLexicon {
        let primary = String(language.split(separator: "-").first ?? "")
        var lexicon = ValueLexicon()
        lexicon.languages = [language]
        for (_, file) in files where file.languages.contains(where: { $0 == "*" || $0 == language || $0 == primary }) {
            if let numerals = file.numerals {
                if let decimal = numerals.decimal?.unicodeScalars.first { lexicon.decimalSeparator = decimal }
                if let group = numerals.group?.unicodeScalars.first { lexicon.groupSeparator = group }
                for (key, value) in numerals.digits ?? [:] { if let s = key.unicodeScalars.first { lexicon.hanDigits[s] = value } }
                for (key, value) in numerals.units ?? [:] { if let s = key.unicodeScalars.first { lexicon.hanUnits[s] = value } }
                for (key, value) in numerals.scales ?? [:] { lexicon.scales.insert(key, value) }
                for (key, value) in numerals.scaleAbbreviations ?? [:] { lexicon.scaleAbbreviations.insert(key, value) }
                for (key, value) in numerals.words ?? [:] { lexicon.numberWords.insert(key, value) }
                for word in numerals.idioms ?? [] { lexicon.idioms.insert(word, true) }
                for (key, range) in numerals.vague ?? [:] where range.count == 2 && range[0] <= range[1] {
                    lexicon.vague.insert(key, range[0]...range[1])
                }
            }
            for (code, names) in file.currencies ?? [:] { for name in names { lexicon.currencies.insert(name, code) } }
            for word in file.percent?.prefix ?? [] { lexicon.percentPrefixes.insert(word, true) }
            for word in file.percent?.suffix ?? [] { lexicon.percentSuffixes.insert(word, true) }
            for word in file.percent?.points ?? [] { lexicon.percentagePoints.insert(word, true) }
            for word in file.counting?.classifiers ?? [] { lexicon.classifiers.insert(word, true) }
            for word in file.counting?.stop ?? [] { lexicon.countStops.insert(word, true) }
            if let maxLength = file.counting?.maxLength { lexicon.countMaxLength = maxLength }
            for word in file.counting?.singleNouns ?? [] { lexicon.singleNouns.insert(word, true) }
            for (unit, words) in file.timeUnits ?? [:] { for word in words { lexicon.timeUnits.insert(word, unit) } }
            for word in file.multipliers ?? [] { lexicon.multipliers.insert(word, true) }
            for word in file.rankPrefixes ?? [] { lexicon.rankPrefixes.insert(word, true) }
            for (word, factor) in file.multiplierWords ?? [:] { lexicon.multiplierWords.insert(word, factor) }
            for word in file.ordinalSuffixes ?? [] { lexicon.ordinalSuffixes.insert(word, true) }
            for (key, words) in file.hedges ?? [:] {
                let after = key.hasSuffix("_after")
                let name = after ? String(key.dropLast(6)) : key
                guard let hedge = Hedge(rawValue: name.replacingOccurrences(of: "_", with: " ")) else { continue }
                for word in words {
                    if after { lexicon.hedgesAfter.insert(word, hedge) } else { lexicon.hedgesBefore.insert(word, hedge) }
                }
            }
        }
        return lexicon
    }
}
