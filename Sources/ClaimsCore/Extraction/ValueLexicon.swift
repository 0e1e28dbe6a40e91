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
    /// Page time stamps, clock suffixes and the capitalised words a number may follow without
    /// being a name, from every file whatever its language.
    public var traps = TrapWords()
    /// The words after which a period does not end a sentence, from every file.
    public var abbreviations: Set<String> = []
    public var decimalSeparator: Unicode.Scalar = "."
    public var groupSeparator: Unicode.Scalar = ","
    /// Chinese-style numerals: digits, units inside a group (十百千), large units (万亿).
    public var hanDigits: [Unicode.Scalar: Double] = [:]
    public var hanUnits: [Unicode.Scalar: Double] = [:]
    /// Characters that are a whole number of tens (廿 20, 卅 30): 廿五 is 25.
    public var hanTens: [Unicode.Scalar: Double] = [:]
    /// The formal (banker's) numerals among the digits and units (壹, 拾, 陆): a numeral of them
    /// counts from two characters, as alone they are other words (大陸, 陸軍).
    public var hanFormal: Set<Unicode.Scalar> = []
    /// Words that make the numeral after them negative (负三十二, minus 5, âm 5).
    public var negatives = PhraseTable<Bool>()
    /// The mark between a Chinese fraction's denominator and numerator (三分之一: one third).
    public var fractionMarks = PhraseTable<Bool>()
    /// Words inside a number in words: "three hundred and twenty", "một trăm linh năm".
    public var wordJoiners = PhraseTable<Bool>()
    /// Fractions in words (NumeralFractions.swift): denominators with their value (fifth: 5,
    /// half: 2), articles that stand for one (a third, a dozen), the word after a fraction that
    /// makes it one (two thirds of) and the decimal word of numbers in words (point).
    public var fractionWords = PhraseTable<Double>()
    public var articles = PhraseTable<Bool>()
    /// The word between a whole number and its fraction (三百五十又三分之一).
    public var mixedMarks = PhraseTable<Bool>()
    /// "and a half" said after a number (hai triệu rưỡi), and the word between a numerator and
    /// its denominator (một phần ba).
    public var halfAfter = PhraseTable<Bool>()
    public var fractionBetween = PhraseTable<Bool>()
    public var fractionOf = PhraseTable<Bool>()
    public var pointWords = PhraseTable<Bool>()
    /// Words that make the unit before them tens: "hai mươi" (20).
    public var tensMultipliers = PhraseTable<Bool>()
    /// Whether a unit said right after a large unit stands for the unit below it: "ba nghìn
    /// tư" is 3,400, "một trăm hai" 120.
    public var elidedUnits = false
    /// Units written glued to their digits (10km, 5kg, 20m): a measure, not a code.
    public var gluedUnits = PhraseTable<Bool>()
    /// Unit symbols written glued before their figure, as a word of their own (M7.7, Mw 6.4:
    /// a seismic magnitude): the figure is not a code.
    public var unitPrefixes: Set<String> = []
    /// The word between the whole and the fraction of a Chinese numeral (七点二, 三點五億).
    public var hanDecimal: Set<Unicode.Scalar> = []
    /// Marks after a clock hour that make "点" an hour, not a decimal point (七点二分).
    public var hanDecimalBlockers: Set<Unicode.Scalar> = []
    public var scales = PhraseTable<Double>()
    /// Abbreviated scales (bn, k, B) that count only glued to digits.
    public var scaleAbbreviations = PhraseTable<Double>()
    public var numberWords = PhraseTable<Double>()
    /// Number words that are also nouns (vi "năm": five, and year): read as numbers only with a
    /// word after them that is none of `nounWordRight` and none of `nounWordLeft` before them.
    public var nounWords = PhraseTable<Bool>()
    /// Words before a noun word that make it the noun: "nhiều năm", "vào năm", "thứ năm".
    public var nounWordLeft = PhraseTable<Bool>()
    /// Words after a noun word that make it the noun: "năm nay", "năm ngoái", "năm học".
    public var nounWordRight = PhraseTable<Bool>()
    /// Words written with numerals that are not numbers (十分, 第三方, một số): skipped whole.
    public var idioms = PhraseTable<Bool>()
    /// Words that make a magnitude vague ("数十亿", "hàng trăm", "billions of"), with the range
    /// of multipliers they stand for.
    public var vague = PhraseTable<ClosedRange<Double>>()
    public var currencies = PhraseTable<String>()
    public var percentPrefixes = PhraseTable<Bool>()
    public var percentSuffixes = PhraseTable<Bool>()
    /// Marks after a numeral that count tenths, as percent (七成: 70%; 九折: 90% of the price),
    /// and the word for a half tenth after them (三成半: 35%).
    public var tenthSuffixes = PhraseTable<Bool>()
    public var halfTenth = PhraseTable<Bool>()
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
    /// Words of dates and durations (the `dates:` section).
    public var dates = DateWords()

    public init() {}
}

/// What a word of a date can mean where a date may start (`DateWords.lead`).
public enum DateRole: Hashable, Sendable {
    public var isMonth: Bool {
        if case .month = self { return true }
        return false
    }

    /// A month, a holiday or a named part of a year: a number beside it is part of a date (June 5,
    /// Christmas 2019, Q3 2019, summer 2023).
    public var namesDay: Bool {
        switch self {
        case .month, .holiday, .easter, .quarter, .half, .season: true
        default: false
        }
    }

    /// A month name (June, tháng giêng); `short` names (Jan, Sept.) need a day or year beside them.
    case month(Int, short: Bool)
    /// A weekday name, 1 = Monday … 7 = Sunday.
    case weekday(Int)
    case season(Season)
    /// early, mid-, cuối, đầu: before a year or a month.
    case partBefore(DatePart)
    /// 年初, 年底: a part of the year standing alone.
    case yearPart(DatePart)
    case half(Int)
    case quarter(Int)
    case relativeYear(Int)
    case relativeMonth(Int)
    case relativeWeek(Int)
    /// this quarter, next quarter: quarters from the publication date's.
    case relativeQuarter(Int)
    case relativeDay(Int)
    /// the day before, hôm sau, 次日: a day counted from the day the text named last.
    case anchoredDay(Int)
    /// last, this, next: before a month name, season or weekday.
    case relativeName(Int)
    /// năm 2019, tháng 7, ngày 17, thập niên 1990, fiscal 2023: words before a number.
    case yearBefore, monthBefore, dayBefore, decadeBefore, fiscalBefore
    /// week (31): a calendar week of the year by its ISO number.
    case weekBefore
    /// on the (29th): words before a day of the month written as an ordinal.
    case ordinalDayBefore
    /// cách đây (5 năm): "ago" written before the amount.
    case agoBefore
    /// 民國 (112年): a calendar era; its year N is the common year N + offset.
    case eraBefore(Int)
    /// A holiday on a fixed day (Christmas: 12-25, 国庆节: 10-01) or a number of days from
    /// Easter Sunday (Good Friday: -2).
    case holiday(month: Int, day: Int)
    case easter(Int)

    /// The order in which a phrase's meanings are tried: the most specific first.
    public var rank: Int {
        switch self {
        case .relativeDay, .anchoredDay: 0
        case .relativeWeek, .relativeQuarter: 1
        case .relativeMonth: 2
        case .relativeYear: 3
        case .quarter: 4
        case .half: 5
        case .yearPart: 6
        case .month: 7
        case .weekday: 8
        case .season: 9
        case .relativeName: 10
        case .partBefore: 11
        case .decadeBefore: 12
        case .fiscalBefore: 13
        case .dayBefore, .ordinalDayBefore: 14
        case .monthBefore, .weekBefore: 15
        case .yearBefore: 16
        case .agoBefore: 17
        case .eraBefore: 18
        case .holiday, .easter: 19
        }
    }
}

/// What a word after a number or a date means (`DateWords.trail`): 2019年, 7月, 17日, 1990年代,
/// 2023财年, 7月中旬, 1990s.
public enum DateTrail: Hashable, Sendable {
    case year, month, day, decade, fiscal
    case part(DatePart)

    public var rank: Int {
        switch self {
        case .decade: 0
        case .fiscal: 1
        case .year: 2
        case .month: 3
        case .day: 4
        case .part: 5
        }
    }
}

/// The words of dates and durations in one language, read from the `dates:` section of the value
/// lexicons. The grammar that combines them lives in the dates module; the words live here.
public struct DateWords: Sendable {
    /// How a short numeric date is read: `dmy` (28/10 is 28 October) or `mdy` (6/17 is June 17;
    /// 17/6 is still read day first, and 6/7 with both readings possible is left ambiguous).
    public enum NumericOrder: String, Sendable { case dayFirst = "dmy", monthFirst = "mdy" }

    public var numericOrder = NumericOrder.dayFirst
    /// Month and weekday names count only when capitalised (English: May, not may).
    public var namesCapitalized = false
    /// Quarters and halves that may stand without a year (第二季度, quý 2, 上半年), taken in the
    /// year nearest the publication date.
    public var quartersAlone = false
    public var halvesAlone = false
    /// Phrases a date may start with, each with what it can mean.
    public var lead = PhraseTable<[DateRole]>()
    /// Words after a number or a date.
    public var trail = PhraseTable<[DateTrail]>()
    /// Words just before a short numeric date (28/10) that make it one: ngày, hôm, on.
    public var dayCues = PhraseTable<Bool>()
    /// Words just before a bare year (in 2019, vào 2019).
    public var yearCues = PhraseTable<Bool>()
    /// Words just before a month name standing alone (in May).
    public var monthCues = PhraseTable<Bool>()
    /// Words a weekday needs before it, where the language needs one (vào thứ hai; thứ hai is
    /// also "second"). Empty: weekdays stand alone.
    public var weekdayCues = PhraseTable<Bool>()
    /// Weekdays written as a rank word and a digit (thứ 2 … thứ 7): the digits that name one, and
    /// the words after them that make the rank a weekday (thứ 2 tuần sau).
    public var numberedWeekdays: Set<Int> = []
    public var weekdayFollowers = PhraseTable<Bool>()
    /// Words right after a rank that make it a period of the year (第二季度, 第3期), read as dates.
    public var rankPeriods = PhraseTable<Bool>()
    /// Words between two years (2023 và 2024, 2019 and 2020).
    public var connectors = PhraseTable<Bool>()
    /// Ranges of dates (from January to April 2015, between 2019 and 2021): words before the first
    /// date, words between the two, and words between them only after an opener (and).
    public var rangeOpeners = PhraseTable<Bool>()
    public var rangeConnectors = PhraseTable<Bool>()
    public var rangeJoiners = PhraseTable<Bool>()
    /// Words after an amount of time that make it a date in the past (5个月前, 5 tháng trước, ago).
    public var ago = PhraseTable<Bool>()
    /// Words after `ago` that make it "before something" instead (trước khi, trước đó).
    public var agoBlockers = PhraseTable<Bool>()
    /// A day counted from another (three weeks from tomorrow, five days before Christmas): the
    /// words between the amount and the base date, and the words for the publication day (now).
    public var offsetAfter = PhraseTable<Bool>()
    public var offsetBefore = PhraseTable<Bool>()
    public var offsetNow = PhraseTable<Bool>()
    /// After a day mark, what makes the number an amount of days (10日内: within ten days) or
    /// not a day at all (日元: yen).
    public var withinAfter = PhraseTable<Bool>()
    public var dayBlockers = PhraseTable<Bool>()
    /// Words after an amount of time that make it "later" (an hour later).
    public var later = PhraseTable<Bool>()
    /// Words before a duration that belong to it (过去, trong, for, over the past).
    public var durationPrefixes = PhraseTable<Bool>()
    /// Words that make a date a frequency (每周一, mỗi tháng, every Monday).
    public var distributive = PhraseTable<Bool>()
    /// Articles that count as "one" before a unit of time (a year ago, an hour later).
    public var articles = PhraseTable<Bool>()
    /// Clock times: marks between hours and minutes (12h05, 12点05分), after minutes, and
    /// "half past" after an hour mark (12点半, 2 giờ rưỡi).
    public var hourMarks = PhraseTable<Bool>()
    public var minuteMarks = PhraseTable<Bool>()
    public var halfMarks = PhraseTable<Bool>()
    /// Words of a part of the day that shift an hour (下午3点, 3 giờ chiều, 9 p.m.), before the
    /// hour or the day, and after the hour.
    public var dayPartsBefore = PhraseTable<DayPart>()
    public var dayPartsAfter = PhraseTable<DayPart>()
    /// Words before an hour that make a number a clock time, not a duration (lúc 10 giờ).
    public var clockCues = PhraseTable<Bool>()
    /// "The same day" beside a clock time: the day named before (cùng ngày, 当天, that day).
    public var sameDay = PhraseTable<Bool>()
    /// Time zones named beside a clock time, with what they stand for: "local" or an offset
    /// from UTC ("+08:00"). An offset zone may take a further offset glued to it (GMT+7).
    public var zones = PhraseTable<ClockZone>()
    /// Words between a clock time and the day after it (9:40 p.m. on Monday, 14 giờ hôm 16/10).
    public var dayJoiners = PhraseTable<Bool>()
    /// Words after which an hour whose mark is also a unit of time stays an amount of time
    /// unless something else makes it a clock time (sau 2 giờ 30 phút: after two and a half hours).
    public var durationBefore = PhraseTable<Bool>()
    /// What, right after a relative month or week word, shows it is part of another word
    /// (以上月薪, 上周期).
    public var monthWordBlockers = PhraseTable<Bool>()
    public var weekWordBlockers = PhraseTable<Bool>()
    /// What, right after a unit of time, shows the number is not a stretch of time (三年级,
    /// 年薪, ten years old).
    public var unitBlockers = PhraseTable<Bool>()
    /// Words between a period and its year (the summer of 2023).
    public var yearJoiners = PhraseTable<Bool>()
    /// Endings of ordinal day numbers (17th, 1st).
    public var ordinalSuffixes = PhraseTable<Bool>()
    /// Words before a numeral "one" that make it an article, not an amount (关键的一年, 这一年:
    /// "a crucial year", "that year").
    public var oneAsArticle = PhraseTable<Bool>()
    /// Every phrase a date or an amount of time may start with (the lead words, number words,
    /// vague words, articles), for the scanner's word filter.
    public var startPhrases: [String] = []
    /// Of those, the number words, vague words and articles.
    public var numberPhrases: [String] = []
    /// Every phrase that may follow a number inside a date, a duration or a clock time (units of
    /// time, measure words, scale and vague words, hedges after a number, 年 月 日, 点 时), for
    /// the check that a word numeral is worth reading.
    public var followerPhrases: [String] = []

    public init() {}
}

/// All value lexicons of a workbench, merged per language on demand.
public struct ValueLexicons: Sendable {
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

            enum CodingKeys: String, CodingKey {
                case decimal, group, digits, units, tens, scales, words, vague, idioms
                case nounWords = "noun_words"
                case nounWordLeft = "noun_word_left"
                case nounWordRight = "noun_word_right"
                case scaleAbbreviations = "scale_abbreviations"
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
            var later: [String]?
            var durationPrefixes: [String]?
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
                var after, before, now: [String]?
            }

            struct Ranges: Codable {
                var openers, connectors, joiners: [String]?
            }

            struct Blockers: Codable {
                var month, week: [String]?
            }

            struct Markers: Codable {
                var yearBefore, monthBefore, dayBefore, decadeBefore, fiscalBefore, ordinalDayBefore, weekBefore: [String]?
                var yearAfter, monthAfter, dayAfter, decadeAfter, fiscalAfter: [String]?

                enum CodingKeys: String, CodingKey {
                    case yearBefore = "year_before", monthBefore = "month_before", dayBefore = "day_before"
                    case decadeBefore = "decade_before", fiscalBefore = "fiscal_before", ordinalDayBefore = "ordinal_day_before", weekBefore = "week_before"
                    case yearAfter = "year_after", monthAfter = "month_after", dayAfter = "day_after"
                    case decadeAfter = "decade_after", fiscalAfter = "fiscal_after"
                }
            }

            struct Relative: Codable {
                var day, week, month, quarter, year, names, anchored: [String: Int]?
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
                case partsBefore = "parts_before", partsAfter = "parts_after", yearParts = "year_parts"
                case halves, quarters, relative, cues, connectors, ranges, offsets, ago
                case withinAfter = "within_after", dayBlockers = "day_blockers"
                case numberedWeekdays = "numbered_weekdays", weekdayFollowers = "weekday_followers", rankPeriods = "rank_periods"
                case agoBefore = "ago_before", agoBlockers = "ago_blockers", later
                case durationPrefixes = "duration_prefixes", distributive, articles, clock
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

        enum CodingKeys: String, CodingKey {
            case languages, numerals, currencies, percent, hedges, counting, multipliers, dates, traps, sentences
            case timeUnits = "time_units"
            case multiplierWords = "multiplier_words"
            case rankPrefixes = "rank_prefixes"
            case ordinalSuffixes = "ordinal_suffixes"
        }
    }

    let files: [(name: String, file: File)]
    /// The trap words of every file, merged once.
    let trapWords: TrapWords
    /// Lower-cased, without their final period: every file's `sentences.abbreviations` and month
    /// abbreviations. A text is split with all of them whatever its language (a Vietnamese report
    /// quotes "Mr. Smith").
    public let abbreviations: Set<String>

    init(files: [(name: String, file: File)]) {
        self.files = files
        trapWords = TrapWords(files.map(\.file))
        var abbreviations: Set<String> = []
        for file in files.map(\.file) {
            let words = (file.sentences?.abbreviations ?? []) + Array((file.dates?.monthAbbreviations ?? [:]).keys)
            for word in words {
                let lower = word.lowercased()
                abbreviations.insert(lower.hasSuffix(".") ? String(lower.dropLast()) : lower)
            }
        }
        self.abbreviations = abbreviations
    }

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
                let (file, problems) = try Self.decodeStrictly(text)
                if let problem = problems.first { throw SourceError(source: url.path, problem: "not a valid value lexicon: \(problem)") }
                files.append((url.path, file))
            } catch let error as SourceError {
                throw error
            } catch {
                throw SourceError(source: url.path, problem: "not a valid value lexicon: \(Self.describe(error))")
            }
        }
        return ValueLexicons(files: files)
    }

    public static func parse(yaml: String, name: String = "lexicon") throws(SourceError) -> ValueLexicons {
        let file: File
        let problems: [String]
        do { (file, problems) = try decodeStrictly(yaml) } catch {
            throw SourceError(source: name, problem: "not a valid value lexicon: \(describe(error))")
        }
        if let problem = problems.first { throw SourceError(source: name, problem: "not a valid value lexicon: \(problem)") }
        return ValueLexicons(files: [(name, file)])
    }

    public static func describe(_ error: any Error) -> String {
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
    }

    /// Every language tag a file names.
    public var languageTags: Set<String> { Set(files.flatMap(\.file.languages)) }

    /// The merged lexicon for a language tag: files naming it, its primary subtag or `*`.
    public func lexicon(for language: String) -> ValueLexicon {
        let primary = String(language.split(separator: "-").first ?? "")
        var lexicon = ValueLexicon()
        lexicon.languages = [language]
        lexicon.traps = trapWords
        lexicon.abbreviations = abbreviations
        var dateLead: [String: [DateRole]] = [:]
        var dateTrail: [String: [DateTrail]] = [:]
        for (_, file) in files where file.languages.contains(where: { $0 == "*" || $0 == language || $0 == primary }) {
            if let numerals = file.numerals {
                if let decimal = numerals.decimal?.unicodeScalars.first { lexicon.decimalSeparator = decimal }
                if let group = numerals.group?.unicodeScalars.first { lexicon.groupSeparator = group }
                for (key, value) in numerals.digits ?? [:] { if let s = key.unicodeScalars.first { lexicon.hanDigits[s] = value } }
                for (key, value) in numerals.units ?? [:] { if let s = key.unicodeScalars.first { lexicon.hanUnits[s] = value } }
                for (key, value) in numerals.tens ?? [:] { if let s = key.unicodeScalars.first { lexicon.hanTens[s] = value } }
                for word in numerals.negatives ?? [] { lexicon.negatives.insert(word, true) }
                for word in numerals.fractionMarks ?? [] { lexicon.fractionMarks.insert(word, true) }
                for word in numerals.wordJoiners ?? [] { lexicon.wordJoiners.insert(word, true) }
                for (key, value) in numerals.fractionWords ?? [:] { lexicon.fractionWords.insert(key, value) }
                for word in numerals.articles ?? [] { lexicon.articles.insert(word, true) }
                for word in numerals.mixedMarks ?? [] { lexicon.mixedMarks.insert(word, true) }
                for word in numerals.halfAfter ?? [] { lexicon.halfAfter.insert(word, true) }
                for word in numerals.fractionBetween ?? [] { lexicon.fractionBetween.insert(word, true) }
                for word in numerals.fractionOf ?? [] { lexicon.fractionOf.insert(word, true) }
                for word in numerals.pointWords ?? [] { lexicon.pointWords.insert(word, true) }
                for word in numerals.tensMultipliers ?? [] { lexicon.tensMultipliers.insert(word, true) }
                if let elided = numerals.elidedUnits { lexicon.elidedUnits = elided }
                for (key, value) in numerals.formalDigits ?? [:] {
                    if let s = key.unicodeScalars.first { lexicon.hanDigits[s] = value; lexicon.hanFormal.insert(s) }
                }
                for (key, value) in numerals.formalUnits ?? [:] {
                    if let s = key.unicodeScalars.first { lexicon.hanUnits[s] = value; lexicon.hanFormal.insert(s) }
                }
                for word in numerals.decimalWords ?? [] { if let s = word.unicodeScalars.first { lexicon.hanDecimal.insert(s) } }
                for word in numerals.decimalBlockers ?? [] { if let s = word.unicodeScalars.first { lexicon.hanDecimalBlockers.insert(s) } }
                for (key, value) in numerals.scales ?? [:] { lexicon.scales.insert(key, value) }
                for (key, value) in numerals.scaleAbbreviations ?? [:] { lexicon.scaleAbbreviations.insert(key, value) }
                for (key, value) in numerals.words ?? [:] { lexicon.numberWords.insert(key, value) }
                for word in numerals.idioms ?? [] { lexicon.idioms.insert(word, true) }
                for (key, value) in numerals.nounWords ?? [:] {
                    lexicon.numberWords.insert(key, value)
                    lexicon.nounWords.insert(key, true)
                }
                for word in numerals.nounWordLeft ?? [] { lexicon.nounWordLeft.insert(word, true) }
                for word in numerals.nounWordRight ?? [] { lexicon.nounWordRight.insert(word, true) }
                for (key, range) in numerals.vague ?? [:] where range.count == 2 && range[0] <= range[1] {
                    lexicon.vague.insert(key, range[0]...range[1])
                }
            }
            for (code, names) in file.currencies ?? [:] { for name in names { lexicon.currencies.insert(name, code) } }
            for word in file.percent?.prefix ?? [] { lexicon.percentPrefixes.insert(word, true) }
            for word in file.percent?.suffix ?? [] { lexicon.percentSuffixes.insert(word, true) }
            for word in file.percent?.tenths ?? [] { lexicon.tenthSuffixes.insert(word, true) }
            for word in file.percent?.halfTenth ?? [] { lexicon.halfTenth.insert(word, true) }
            for word in file.percent?.points ?? [] { lexicon.percentagePoints.insert(word, true) }
            for word in file.counting?.classifiers ?? [] { lexicon.classifiers.insert(word, true) }
            for word in file.counting?.stop ?? [] { lexicon.countStops.insert(word, true) }
            if let maxLength = file.counting?.maxLength { lexicon.countMaxLength = maxLength }
            for word in file.counting?.singleNouns ?? [] { lexicon.singleNouns.insert(word, true) }
            for word in file.counting?.gluedUnits ?? [] { lexicon.gluedUnits.insert(word, true) }
            for word in file.counting?.unitPrefixes ?? [] { lexicon.unitPrefixes.insert(word) }
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
            if let dates = file.dates { Self.merge(dates, into: &lexicon.dates, lead: &dateLead, trail: &dateTrail) }
        }
        // A phrase may mean several things (last: "last June", "the last five years"); its roles
        // are gathered from every file before the phrase is indexed once.
        lexicon.dates.startPhrases = Array(dateLead.keys)
        for (_, file) in files where file.languages.contains(where: { $0 == "*" || $0 == language || $0 == primary }) {
            lexicon.dates.numberPhrases += Array((file.numerals?.words ?? [:]).keys) + Array((file.numerals?.vague ?? [:]).keys)
                + (file.dates?.articles ?? [])
            lexicon.dates.followerPhrases += (file.timeUnits ?? [:]).values.flatMap { $0 } + (file.counting?.classifiers ?? [])
                + Array((file.numerals?.scales ?? [:]).keys) + Array((file.numerals?.vague ?? [:]).keys)
                + Array((file.numerals?.words ?? [:]).keys)
                + (file.hedges ?? [:]).filter { $0.key.hasSuffix("_after") }.values.flatMap { $0 }
                + (file.dates?.clock?.hourMarks ?? [])
        }
        lexicon.dates.followerPhrases += Array(dateTrail.keys)
        lexicon.dates.startPhrases += lexicon.dates.numberPhrases
        for (phrase, roles) in dateLead { lexicon.dates.lead.insert(phrase, roles.sorted { $0.rank < $1.rank }) }
        for (phrase, roles) in dateTrail { lexicon.dates.trail.insert(phrase, roles.sorted { $0.rank < $1.rank }) }
        return lexicon
    }

    static func merge(_ file: File.Dates, into words: inout DateWords,
                      lead: inout [String: [DateRole]], trail: inout [String: [DateTrail]]) {
        func add(_ phrase: String, _ role: DateRole) {
            if !(lead[phrase]?.contains(role) ?? false) { lead[phrase, default: []].append(role) }
        }
        func addTrail(_ phrase: String, _ role: DateTrail) {
            if !(trail[phrase]?.contains(role) ?? false) { trail[phrase, default: []].append(role) }
        }
        func fill(_ table: inout PhraseTable<Bool>, _ phrases: [String]?) { for phrase in phrases ?? [] { table.insert(phrase, true) } }
        func ordinal(_ key: String) -> Int? {
            ["first": 1, "second": 2, "q1": 1, "q2": 2, "q3": 3, "q4": 4, "h1": 1, "h2": 2][key.lowercased()]
        }

        if let order = file.numericOrder.flatMap(DateWords.NumericOrder.init(rawValue:)) { words.numericOrder = order }
        if let capitalized = file.namesCapitalized { words.namesCapitalized = capitalized }
        if let alone = file.alone {
            words.quartersAlone = alone.contains("quarters")
            words.halvesAlone = alone.contains("halves")
        }
        if let markers = file.markers {
            for word in markers.yearBefore ?? [] { add(word, .yearBefore) }
            for word in markers.monthBefore ?? [] { add(word, .monthBefore) }
            for word in markers.weekBefore ?? [] { add(word, .weekBefore) }
            for word in markers.dayBefore ?? [] { add(word, .dayBefore) }
            for word in markers.ordinalDayBefore ?? [] { add(word, .ordinalDayBefore) }
            for word in markers.decadeBefore ?? [] { add(word, .decadeBefore) }
            for word in markers.fiscalBefore ?? [] { add(word, .fiscalBefore) }
            for word in markers.yearAfter ?? [] { addTrail(word, .year) }
            for word in markers.monthAfter ?? [] { addTrail(word, .month) }
            for word in markers.dayAfter ?? [] { addTrail(word, .day) }
            for word in markers.decadeAfter ?? [] { addTrail(word, .decade) }
            for word in markers.fiscalAfter ?? [] { addTrail(word, .fiscal) }
        }
        for (name, month) in file.months ?? [:] where (1...12).contains(month) { add(name, .month(month, short: false)) }
        for (name, month) in file.monthAbbreviations ?? [:] where (1...12).contains(month) { add(name, .month(month, short: true)) }
        for (name, day) in file.weekdays ?? [:] where (1...7).contains(day) { add(name, .weekday(day)) }
        for (key, names) in file.seasons ?? [:] {
            guard let season = Season(rawValue: key) else { continue }
            for name in names { add(name, .season(season)) }
        }
        for (key, names) in file.partsBefore ?? [:] {
            guard let part = DatePart(rawValue: key) else { continue }
            for name in names { add(name, .partBefore(part)) }
        }
        for (key, names) in file.yearParts ?? [:] {
            guard let part = DatePart(rawValue: key) else { continue }
            for name in names { add(name, .yearPart(part)) }
        }
        for (key, names) in file.partsAfter ?? [:] {
            guard let part = DatePart(rawValue: key) else { continue }
            for name in names { addTrail(name, .part(part)) }
        }
        for (key, names) in file.halves ?? [:] {
            guard let half = ordinal(key), half <= 2 else { continue }
            for name in names { add(name, .half(half)) }
        }
        for (key, names) in file.quarters ?? [:] {
            guard let quarter = ordinal(key), key.lowercased().hasPrefix("q") else { continue }
            for name in names { add(name, .quarter(quarter)) }
        }
        if let relative = file.relative {
            for (word, offset) in relative.day ?? [:] { add(word, .relativeDay(offset)) }
            for (word, offset) in relative.week ?? [:] { add(word, .relativeWeek(offset)) }
            for (word, offset) in relative.quarter ?? [:] { add(word, .relativeQuarter(offset)) }
            for (word, offset) in relative.month ?? [:] { add(word, .relativeMonth(offset)) }
            for (word, offset) in relative.year ?? [:] { add(word, .relativeYear(offset)) }
            for (word, offset) in relative.names ?? [:] { add(word, .relativeName(offset)) }
            for (word, offset) in relative.anchored ?? [:] { add(word, .anchoredDay(offset)) }
        }
        for word in file.agoBefore ?? [] { add(word, .agoBefore) }
        for (word, offset) in file.eras ?? [:] { add(word, .eraBefore(offset)) }
        for (role, names) in file.holidays?.days ?? [] { for name in names { add(name, role) } }
        if let cues = file.cues {
            fill(&words.dayCues, cues.day)
            fill(&words.yearCues, cues.year)
            fill(&words.monthCues, cues.month)
            fill(&words.weekdayCues, cues.weekday)
            fill(&words.clockCues, cues.clock)
        }
        fill(&words.connectors, file.connectors)
        fill(&words.rangeOpeners, file.ranges?.openers)
        fill(&words.rangeConnectors, file.ranges?.connectors)
        fill(&words.rangeJoiners, file.ranges?.joiners)
        fill(&words.ago, file.ago)
        fill(&words.agoBlockers, file.agoBlockers)
        fill(&words.offsetAfter, file.offsets?.after)
        fill(&words.offsetBefore, file.offsets?.before)
        fill(&words.offsetNow, file.offsets?.now)
        fill(&words.withinAfter, file.withinAfter)
        fill(&words.dayBlockers, file.dayBlockers)
        fill(&words.weekdayFollowers, file.weekdayFollowers)
        fill(&words.rankPeriods, file.rankPeriods)
        words.numberedWeekdays.formUnion(file.numberedWeekdays ?? [])
        fill(&words.later, file.later)
        fill(&words.durationPrefixes, file.durationPrefixes)
        fill(&words.distributive, file.distributive)
        fill(&words.articles, file.articles)
        fill(&words.monthWordBlockers, file.wordBlockers?.month)
        fill(&words.weekWordBlockers, file.wordBlockers?.week)
        fill(&words.unitBlockers, file.unitBlockers)
        fill(&words.yearJoiners, file.yearJoiners)
        fill(&words.oneAsArticle, file.oneAsArticle)
        fill(&words.ordinalSuffixes, file.ordinalSuffixes)
        if let clock = file.clock {
            fill(&words.hourMarks, clock.hourMarks)
            fill(&words.minuteMarks, clock.minuteMarks)
            fill(&words.halfMarks, clock.halfMarks)
            let parts: [(DayPart, [String]?, [String]?)] = [
                (.am, clock.amBefore, clock.amAfter), (.pm, clock.pmBefore, clock.pmAfter),
                (.noon, clock.noonBefore, clock.noonAfter), (.night, clock.nightBefore, clock.nightAfter),
            ]
            for (part, before, after) in parts {
                for word in before ?? [] { words.dayPartsBefore.insert(word, part) }
                for word in after ?? [] { words.dayPartsAfter.insert(word, part) }
            }
            fill(&words.sameDay, clock.sameDay)
            fill(&words.dayJoiners, clock.dayJoiners)
            fill(&words.durationBefore, clock.durationBefore)
            for (key, names) in clock.zones ?? [:] {
                guard let zone = ClockZone(key) else { continue }
                for name in names { words.zones.insert(name, zone) }
            }
        }
    }
}
