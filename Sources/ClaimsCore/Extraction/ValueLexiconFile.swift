import Foundation

/// The shape of one value lexicon file (`Claims/lexicon/values/*.yaml`), decoded strictly
/// (`ValueLexiconCheck`): every key a reader reads, and no other.
extension ValueLexicons {
    struct File: Codable {
        struct Numerals: Codable {
            var decimal: String?
            var group: String?
            var digits: [String: Double]?
            var units: [String: Double]?
            var tens: [String: Double]?
            var formalDigits: [String: Double]?
            var formalUnits: [String: Double]?
            var negatives: [String]?
            var fractionMarks: [String]?
            var wordJoiners: [String]?
            var tensMultipliers: [String]?
            var elidedUnits: Bool?
            var scales: [String: Double]?
            var scaleAbbreviations: [String: Double]?
            var scaleAbbreviationsApart: [String: Double]?
            var digitWords: [String]?
            var guardedScales: [String: Double]?
            var scaleWordPairs: [String]?
            var words: [String: Double]?
            var vague: [String: [Double]]?
            var idioms: [String]?
            var decimalWords: [String]?
            var fractionWords: [String: Double]?
            var articles: [String]?
            var mixedMarks: [String]?
            var halfAfter: [String]?
            var fractionBetween: [String]?
            var fractionOf: [String]?
            var pointWords: [String]?
            var decimalBlockers: [String]?
            var nounWords: [String: Double]?
            var nounWordLeft: [String]?
            var nounWordRight: [String]?
            var continuingWords: [String]?
            var standalone: [String]?
            var ordinalWords: [String: Double]?
            var ordinalPlural: String?
            var ratioWords: [String]?
            var ranges: Ranges?

            /// Two figures joined by a word into one range: "10 to 15 people", "between 10 and 15",
            /// 10到15人. Not after `not_after` ("rose from 20 to 30" tells of a change).
            struct Ranges: Codable {
                var connectors, between, joiners, notAfter: [String]?

                enum CodingKeys: String, CodingKey {
                    case connectors, between, joiners
                    case notAfter = "not_after"
                }
            }

            enum CodingKeys: String, CodingKey {
                case decimal, group, digits, units, tens, scales, words, vague, idioms, ranges
                case nounWords = "noun_words"
                case standalone
                case ordinalWords = "ordinal_words"
                case ordinalPlural = "ordinal_plural"
                case ratioWords = "ratio_words"
                case nounWordLeft = "noun_word_left"
                case nounWordRight = "noun_word_right"
                case continuingWords = "continuing_words"
                case scaleAbbreviations = "scale_abbreviations"
                case scaleAbbreviationsApart = "scale_abbreviations_apart"
                case digitWords = "digit_words"
                case guardedScales = "guarded_scales"
                case scaleWordPairs = "scale_word_pairs"
                case decimalWords = "decimal_words"
                case fractionWords = "fraction_words", articles, mixedMarks = "mixed_marks",
                     halfAfter = "half_after", fractionBetween = "fraction_between", fractionOf = "fraction_of", pointWords = "point_words"
                case decimalBlockers = "decimal_blockers"
                case formalDigits = "formal_digits"
                case formalUnits = "formal_units"
                case negatives
                case fractionMarks = "fraction_marks"
                case wordJoiners = "word_joiners"
                case tensMultipliers = "tens_multipliers"
                case elidedUnits = "elided_units"
            }
        }

        /// Currency words that are also units of measure (pounds), and the words before an amount
        /// that make them the unit (weighed).
        struct CurrencyUnits: Codable {
            var words, cues: [String]?
        }

        struct Percent: Codable {
            var prefix: [String]?
            var suffix: [String]?
            var points: [String]?
            var tenths: [String]?
            var halfTenth: [String]?

            enum CodingKeys: String, CodingKey {
                case prefix, suffix, points, tenths
                case halfTenth = "half_tenth"
            }
        }

        var languages: [String]
        var numerals: Numerals?
        var currencies: [String: [String]]?
        var minorUnits: [String: [String: Double]]?
        var currencyUnits: CurrencyUnits?
        var percent: Percent?
        var hedges: [String: [String]]?
        var counting: Counting?
        var timeUnits: [String: [String]]?
        var multipliers: [String]?
        var multiplierWords: [String: Double]?
        var rankPrefixes: [String]?
        var ordinalSuffixes: [String]?
        var dates: Dates?

        /// The `dates:` section; see `DateWords`.
        struct Dates: Codable {
            var numericOrder: String?
            var namesCapitalized: Bool?
            var alone: [String]?
            var markers: Markers?
            var months: [String: Int]?
            var monthAbbreviations: [String: Int]?
            var weekdays: [String: Int]?
            var seasons: [String: [String]]?
            var partsBefore: [String: [String]]?
            var partsAfter: [String: [String]]?
            var yearParts: [String: [String]]?
            var monthParts: [String: [String]]?
            var halves: [String: [String]]?
            var quarters: [String: [String]]?
            var relative: Relative?
            var cues: Cues?
            var connectors: [String]?
            var ranges: Ranges?
            var offsets: Offsets?
            var withinAfter: [String]?
            var dayBlockers: [String]?
            var numberedWeekdays: [Int]?
            var weekdayFollowers: [String]?
            var rankPeriods: [String]?
            var ago: [String]?
            var agoBefore: [String]?
            var agoBlockers: [String]?
            var anchoredBlockers: [String]?
            var spans: [String: Int]?
            var periodEnds: [String: Int]?
            var later: [String]?
            var durationPrefixes: [String]?
            var durationJoiners: [String]?
            var halfAfterUnit: [String]?
            var weekdayWeekJoiners: [String]?
            var weekdayDayJoiners: [String]?
            var wordPairs: [String]?
            var weekends: [String]?
            var weekdayOrdinals: [String: Int]?
            var nthWeekdayJoiners: [String]?
            var futureMarkers: [String]?
            var futureOffsetBefore, futureOffsetAfter: [String]?
            var distributive: [String]?
            var articles: [String]?
            var clock: Clock?
            var wordBlockers: Blockers?
            var unitBlockers: [String]?
            var yearJoiners: [String]?
            var eras: [String: Int]?
            var holidays: Holidays?
            var oneAsArticle: [String]?
            var ordinalSuffixes: [String]?

            /// Holidays by day: "12-25" (month-day) or "easter+1", "easter-2" (days from Easter
            /// Sunday). A key of another form is an error naming it.
            struct Holidays: Codable {
                var days: [(role: DateRole, names: [String])] = []
                var table: [String: [String]] = [:]

                func encode(to encoder: any Encoder) throws {
                    var c = encoder.singleValueContainer()
                    try c.encode(table)
                }

                init(from decoder: any Decoder) throws {
                    let table = try decoder.singleValueContainer().decode([String: [String]].self)
                    self.table = table
                    for (key, names) in table.sorted(by: { $0.key < $1.key }) {
                        guard let role = Self.role(key) else {
                            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                                    debugDescription: "holiday key '\(key)' is neither MM-DD nor easter+N / easter-N"))
                        }
                        days.append((role, names))
                    }
                }

                static func role(_ key: String) -> DateRole? {
                    if key.hasPrefix("easter") {
                        let rest = key.dropFirst("easter".count)
                        if rest.isEmpty { return .easter(0) }
                        guard let first = rest.first, first == "+" || first == "-", let n = Int(rest.dropFirst()) else { return nil }
                        return .easter(first == "+" ? n : -n)
                    }
                    let parts = key.split(separator: "-")
                    guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m),
                          d >= 1, d <= CalendarDays.daysIn(month: m, year: 2000) else { return nil }
                    return .holiday(month: m, day: d)
                }
            }

            struct Offsets: Codable {
                var after, before, now, lasting: [String]?
            }

            struct Ranges: Codable {
                var openers, connectors, joiners: [String]?
            }

            struct Blockers: Codable {
                var month, week: [String]?
            }

            struct Markers: Codable {
                var yearBefore, monthBefore, dayBefore, decadeBefore, fiscalBefore, ordinalDayBefore, weekBefore, centuryBefore: [String]?
                var weekAfterOrdinal, monthAfterOrdinal: [String]?
                var yearAfter, monthAfter, dayAfter, decadeAfter, fiscalAfter, centuryAfter: [String]?

                enum CodingKeys: String, CodingKey {
                    case yearBefore = "year_before", monthBefore = "month_before", dayBefore = "day_before"
                    case decadeBefore = "decade_before", fiscalBefore = "fiscal_before", ordinalDayBefore = "ordinal_day_before", weekBefore = "week_before"
                    case centuryBefore = "century_before"
                    case weekAfterOrdinal = "week_after_ordinal", monthAfterOrdinal = "month_after_ordinal"
                    case yearAfter = "year_after", monthAfter = "month_after", dayAfter = "day_after"
                    case decadeAfter = "decade_after", fiscalAfter = "fiscal_after", centuryAfter = "century_after"
                }
            }

            struct Relative: Codable {
                var day, guarded, week, weekend, month, quarter, year, decade, century, names, anchored: [String: Int]?
                var anchoredWeek: [String: Int]?

                enum CodingKeys: String, CodingKey {
                    case day, guarded, week, weekend, month, quarter, year, decade, century, names, anchored
                    case anchoredWeek = "anchored_week"
                }
            }

            struct Cues: Codable {
                var day, year, month, weekday, clock: [String]?
            }

            struct Clock: Codable {
                var hourMarks, minuteMarks, halfMarks, pmBefore, pmAfter, amBefore, amAfter: [String]?
                var noonBefore, noonAfter, nightBefore, nightAfter, sameDay, dayJoiners, durationBefore: [String]?
                var zones: [String: [String]]?

                enum CodingKeys: String, CodingKey {
                    case hourMarks = "hour_marks", minuteMarks = "minute_marks", halfMarks = "half_marks"
                    case pmBefore = "pm_before", pmAfter = "pm_after", amBefore = "am_before", amAfter = "am_after"
                    case noonBefore = "noon_before", noonAfter = "noon_after", nightBefore = "night_before", nightAfter = "night_after"
                    case sameDay = "same_day", dayJoiners = "day_joiners", durationBefore = "duration_before", zones
                }
            }

            enum CodingKeys: String, CodingKey {
                case numericOrder = "numeric_order", namesCapitalized = "names_capitalized", alone, markers, months
                case monthAbbreviations = "month_abbreviations", weekdays, seasons
                case partsBefore = "parts_before", partsAfter = "parts_after", yearParts = "year_parts", monthParts = "month_parts"
                case halves, quarters, relative, cues, connectors, ranges, offsets, ago
                case withinAfter = "within_after", dayBlockers = "day_blockers"
                case numberedWeekdays = "numbered_weekdays", weekdayFollowers = "weekday_followers", rankPeriods = "rank_periods"
                case agoBefore = "ago_before", agoBlockers = "ago_blockers", anchoredBlockers = "anchored_blockers", later, spans, periodEnds = "period_ends"
                case durationPrefixes = "duration_prefixes", durationJoiners = "duration_joiners", halfAfterUnit = "half_after_unit", weekdayWeekJoiners = "weekday_week_joiners", weekdayDayJoiners = "weekday_day_joiners", wordPairs = "word_pairs", weekends, weekdayOrdinals = "weekday_ordinals", nthWeekdayJoiners = "nth_weekday_joiners", futureMarkers = "future_markers",
                     futureOffsetBefore = "future_offset_before", futureOffsetAfter = "future_offset_after", distributive, articles, clock
                case wordBlockers = "word_blockers", unitBlockers = "unit_blockers", yearJoiners = "year_joiners", eras, holidays
                case oneAsArticle = "one_as_article", ordinalSuffixes = "ordinal_suffixes"
            }
        }

        struct Counting: Codable {
            var classifiers: [String]?
            var stop: [String]?
            var maxLength: Int?
            var singleNouns: [String]?
            var gluedUnits: [String]?
            var unitPrefixes: [String]?

            enum CodingKeys: String, CodingKey {
                case classifiers, stop
                case maxLength = "max_length"
                case singleNouns = "single_nouns"
                case gluedUnits = "glued_units"
                case unitPrefixes = "unit_prefixes"
            }
        }

        /// What only looks like a figure, read in every language (`TrapWords`).
        var traps: Traps?
        /// How the text is cut into sentences.
        var sentences: Sentences?
        /// What tells the language of a text no manifest names (`LanguageGuesser`).
        var script: Script?

        struct Script: Codable {
            /// By language tag: the characters only that language's texts write.
            var distinctive: [String: String]?
        }

        enum CodingKeys: String, CodingKey {
            case languages, numerals, currencies, percent, hedges, counting, multipliers, dates, traps, sentences, script
            case minorUnits = "minor_units", currencyUnits = "currency_units"
            case timeUnits = "time_units"
            case multiplierWords = "multiplier_words"
            case rankPrefixes = "rank_prefixes"
            case ordinalSuffixes = "ordinal_suffixes"
        }
    }
}
