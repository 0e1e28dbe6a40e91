import Foundation

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
    /// Words that join two figures into a range ("10 to 15", 10到15), the words before the first
    /// that make one ("between") and after which `rangeJoiners` join too ("between 10 and 15"),
    /// and the words before the first after which none does ("from 20 to 30": a change).
    public var rangeConnectors = PhraseTable<Bool>()
    public var rangeBetween = PhraseTable<Bool>()
    public var rangeJoiners = PhraseTable<Bool>()
    public var rangeNotAfter = PhraseTable<Bool>()
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
    /// Those of them that may also stand a space apart, written exactly so (2.5 M, 2.33 k, 3 bn):
    /// a capital M is a million where a small m is a metre.
    public var scaleAbbreviationsApart: [String: Double] = [:]
    /// Two-character Han words holding a digit (四川, 三星), as pairs of scalars: a digit alone
    /// beside none of them is a number (这是五).
    public var digitWords = CharacterPairs()
    /// Scales that are also common words (打: a dozen, and "to hit"), read after a numeral only
    /// where they make no dictionary word with the next character (`scaleWordPairs`: 打开, 打算).
    public var guardedScales = PhraseTable<Double>()
    public var scaleWordPairs = CharacterPairs()

    public var numberWords = PhraseTable<Double>()
    /// Number words that are a figure with nothing after them ("sixteen", "the answer is
    /// three"): not "one", a pronoun, nor Vietnamese "ba" or "năm", which are other words too.
    public var standaloneWords = PhraseTable<Bool>()
    /// Ordinal numbers in words (first, eleventh, twentieth); "twenty-first" is read from a
    /// number word of tens and one of these.
    public var ordinalWords = PhraseTable<Double>()
    /// The same ordinals with the language's plural ending (`ordinal_plural`: twenty-firsts,
    /// thirtieths), as denominators.
    public var ordinalPlurals = PhraseTable<Double>()
    /// Words between the two numbers of a ratio: "1 in 5", "two out of three", "one over twenty".
    public var ratioWords = PhraseTable<Bool>()
    /// Number words that are also nouns (vi "năm": five, and year): read as numbers only with a
    /// word after them that is none of `nounWordRight` and none of `nounWordLeft` before them.
    public var nounWords = PhraseTable<Bool>()
    /// Words before a noun word that make it the noun: "nhiều năm", "vào năm", "thứ năm".
    public var nounWordLeft = PhraseTable<Bool>()
    /// Words after a noun word that make it the noun: "năm nay", "năm ngoái", "năm học".
    public var nounWordRight = PhraseTable<Bool>()
    /// Number words that only continue a number, never begin one: vi "tư" (ba nghìn tư, 3,400;
    /// but "đầu tư" is to invest), "mốt" and "lăm" (hai mươi mốt, 21; hai mươi lăm, 25).
    public var continuingWords = PhraseTable<Bool>()
    /// Words written with numerals that are not numbers (十分, 第三方, một số): skipped whole.
    public var idioms = PhraseTable<Bool>()
    /// Words that make a magnitude vague ("数十亿", "hàng trăm", "billions of"), with the range
    /// of multipliers they stand for.
    public var vague = PhraseTable<ClosedRange<Double>>()
    public var currencies = PhraseTable<String>()
    /// Fractions of a currency (pence, cents, 美分): the currency's code ("" where the word
    /// names none, as "cents") and the part of a unit one is.
    public var minorUnits = PhraseTable<MinorUnit>()
    /// Currency words that are also units of measure ("300 pounds"): the unit after one of
    /// `currencyUnitCues` (weighed 300 pounds) or before "of" (400 pounds of cocaine).
    public var currencyUnits = PhraseTable<Bool>()
    public var currencyUnitCues = PhraseTable<Bool>()
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
    /// 月底, 上半月: a part of the month standing alone.
    case monthPart(DatePart)
    case half(Int)
    case quarter(Int)
    case relativeYear(Int)
    case relativeMonth(Int)
    case relativeWeek(Int)
    /// last weekend, 上个周末, cuối tuần trước: the weekend of the week that many weeks from publication's.
    case relativeWeekend(Int)
    /// weekend, 周末, cuối tuần alone: the last weekend, or the next in a sentence about what will happen.
    case weekend
    /// this quarter, next quarter: quarters from the publication date's.
    case relativeQuarter(Int)
    /// 上世纪, last century, thế kỷ trước: centuries from the publication date's.
    case relativeCentury(Int)
    /// this decade, the next decade: the calendar decade that many from publication's.
    case relativeDecade(Int)
    case relativeDay(Int)
    /// 前天, 后天: a relative day read only where it is no part of other words (`dates.word_pairs`).
    case guardedDay(Int)
    /// the day before, hôm sau, 次日: a day counted from the day the text named last.
    case anchoredDay(Int)
    /// the following week: a week counted from the day the text named last, else from publication.
    case anchoredWeek(Int)
    /// last, this, next: before a month name, season or weekday.
    case relativeName(Int)
    /// năm 2019, tháng 7, ngày 17, thập niên 1990, fiscal 2023: words before a number.
    case yearBefore, monthBefore, dayBefore, decadeBefore, fiscalBefore
    /// week (31): a calendar week of the year by its ISO number.
    case weekBefore
    /// thế kỷ (19): a century by its number.
    case centuryBefore
    /// (the 3rd) week (of 2018), (the third) month (of 2021): a week or month of a year by its
    /// ordinal, written before the word.
    case weekAfterOrdinal, monthAfterOrdinal
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
        case .relativeDay, .guardedDay, .anchoredDay: 0
        case .relativeWeek, .anchoredWeek, .relativeWeekend, .relativeQuarter, .relativeCentury, .relativeDecade: 1
        case .relativeMonth: 2
        case .relativeYear: 3
        case .quarter: 4
        case .half: 5
        case .yearPart, .monthPart: 6
        case .month: 7
        case .weekday, .weekend: 8
        case .season: 9
        case .relativeName: 10
        case .partBefore: 11
        case .decadeBefore: 12
        case .fiscalBefore: 13
        case .dayBefore, .ordinalDayBefore: 14
        case .monthBefore, .weekBefore, .centuryBefore, .weekAfterOrdinal, .monthAfterOrdinal: 15
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
    /// 19世纪, 19th century: the hundred years of the number.
    case century
    case part(DatePart)

    public var rank: Int {
        switch self {
        case .decade, .century: 0
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
    /// Words that give a phrase ending in an offset word an object ("the day before the attack"):
    /// the day is then counted from that event, not from the day the text named last.
    public var anchoredBlockers = PhraseTable<Bool>()
    /// Words that make an amount of time the next (1) or previous (-1) stretch of that length:
    /// "the next five years", "previous three quarters", "5 upcoming months", "未来5年".
    public var spans = PhraseTable<Int>()
    /// The first (1) or last (-1) units of a year or month: "the first six months of 2023", "9
    /// tháng đầu năm nay", "2023年前6个月".
    public var periodEnds = PhraseTable<Int>()
    /// A day counted from another (three weeks from tomorrow, five days before Christmas): the
    /// words between the amount and the base date, and the words for the publication day (now).
    public var offsetAfter = PhraseTable<Bool>()
    public var offsetBefore = PhraseTable<Bool>()
    public var offsetNow = PhraseTable<Bool>()
    /// "for" (3 days from today): the amount is a stretch starting at the day, not a day after it.
    public var offsetLasting = PhraseTable<Bool>()
    /// After a day mark, what makes the number an amount of days (10日内: within ten days) or
    /// not a day at all (日元: yen).
    public var withinAfter = PhraseTable<Bool>()
    public var dayBlockers = PhraseTable<Bool>()
    /// Words after an amount of time that make it "later" (an hour later).
    public var later = PhraseTable<Bool>()
    /// Words before a duration that belong to it (过去, trong, for, over the past).
    public var durationPrefixes = PhraseTable<Bool>()
    /// Words between the parts of one amount of time: "2 years and 6 months", 两年零六个月.
    public var durationJoiners = PhraseTable<Bool>()
    /// A half said after the unit of time, or between its measure word and the unit: "2 năm
    /// rưỡi", 两年半, 三个半月.
    public var halfAfterUnit = PhraseTable<Bool>()
    /// Words between a weekday and the week it falls in, either way round: "Tuesday of last
    /// week", "next week on Tuesday" (none are needed: thứ Ba tuần sau, Friday next week).
    public var weekdayWeekJoiners = PhraseTable<Bool>()
    /// Words between a weekday and its day of the month written as an ordinal: "Tuesday the
    /// 11th", "Wednesday the thirty-first".
    public var weekdayDayJoiners = PhraseTable<Bool>()
    /// Two Han characters that make a dictionary word across the edge of a day word (之前, 天后,
    /// 天津 around 前天, 后天): there the day word is part of other words (之前天气, 前天津市长).
    public var wordPairs = CharacterPairs()
    /// Ordinals of a weekday in its month that are no number words (last: -1, 最后一个: -1,
    /// đầu tiên: 1), and the words between the weekday and the month (of, in, của, 的).
    public var weekdayOrdinals = PhraseTable<Int>()
    public var nthWeekdayJoiners = PhraseTable<Bool>()

    /// Words that put a sentence in the future ("will", "sẽ", 将于): a weekday in it is the
    /// next one, not the last.
    public var futureMarkers = PhraseTable<Bool>()
    /// Words around an amount of time that, in a sentence about what will happen, make it a day
    /// counted from publication: "(will be back) in two days", "(sẽ về) 3 ngày nữa".
    public var futureOffsetBefore = PhraseTable<Bool>()
    public var futureOffsetAfter = PhraseTable<Bool>()
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

/// A currency's fractional unit: 197 pence is GBP 1.97.
public struct MinorUnit: Hashable, Sendable {
    /// The ISO 4217 code, or nil for a word any currency may use (cents).
    public var currency: String?
    public var factor: Double
}
