import ClaimsCore
import Foundation

/// Dates and durations, in one pass over a document's scalars.
///
/// Dates: numeric (2023.06.17, 2023-06-17, 2023/6/17, 17/6/2023, 28/10 after a cue), Chinese
/// (2019年7月15日, 二〇二三年, 3月初, 7月中旬, 2024年初, 2023年第二季度, 1990年代), Vietnamese
/// (ngày 17 tháng 6 năm 2023, tháng 7/2019, năm 2019, đầu năm 2024, quý 2, mùa hè năm 2023) and
/// English (June 17, 2023; 17 June 2023; June 2023; early 2024; mid-2024; summer 2023; Q2 2023;
/// the 1990s; in 2019), relative ones placed against the publication date (今年3月, 去年秋天,
/// 上个月, 昨天, 周一, tháng 6 năm ngoái, hôm qua, last year, yesterday, on Monday, five months
/// ago, 5个月前), and times of day to the minute (12h05 ngày 28/10, 2013-10-29 00:56,
/// 16日下午2时45分, lúc 14 giờ 50 phút, 9:40 p.m. local time: see ClockTimes.swift). See
/// DateResolver for how they become intervals.
///
/// Durations: an amount and a unit of time (四年, 12个月, 两周, 10 tiếng, trong một tháng, for six
/// years, over the past 12 months), with hedges (超过, hơn, more than) as for quantities.
///
/// Not dates: model and product names (GPT-4), URLs and paths (/2023/06/), phone numbers and ids,
/// fractions and scores (1/2, 3-1), list numbering, weekly figures (5亿周活跃用户), and page
/// timestamps ("7 hours ago", "3 giờ trước", "5分钟前" on a line of their own).
///
/// The scanner is split by job: this file holds the walk and the small readers; calendar words
/// in CalendarWords.swift (years and the periods after them in YearsAndPeriods.swift), numeric
/// dates in NumericDates.swift, clock times in ClockTimes.swift, durations in Durations.swift,
/// the first or last months of a period in PeriodEnds.swift, days placed by an earlier full date
/// in DayAnchoring.swift.
public struct DateExtractor: ClaimExtractor {
    public static let description = ModuleDescription(
        name: "dates",
        kind: .extractor,
        version: "1.0.0",
        languages: ["*"],
        summary: "Dates (absolute, partial, relative to the publication date) as day intervals, and durations."
    )

    let languages: ValueLanguages
    public var sentenceAbbreviations: Set<String> { languages.abbreviations }

    public init(languages: ValueLanguages) { self.languages = languages }

    public func extract(from document: Document) -> Extraction {
        var scanner = DateScanner(scalars: document.scalars, language: languages.language(document.language),
                                  published: document.source.published, sentences: document.sentences)
        return Extraction(mentions: scanner.scan())
    }
}

/// One reading: a date to place on the calendar, or a duration.
struct DateFound {
    var start: Int
    var end: Int
    var expression: DateExpression?
    /// The second date of a range (from January to April 2015): `expression` is the first.
    var through: DateExpression?
    /// Counted from another date (three weeks from tomorrow): never the day beside a weekday or a
    /// base for another count.
    var counted = false
    /// Reads the date recorded just before as part of it (2023年前6个月: the year is the period's).
    var replacesLast = false
    var duration: NormalizedValue?
    /// For times of day: a hedge (khoảng, 左右, about) and a zone (北京时间, local time) written
    /// beside them, and where a time with no day beside it goes once the scan is done.
    var hedge: Hedge?
    var zone: ClockZone?
    var placement: ClockPlacement?

    init(_ start: Int, _ end: Int, _ expression: DateExpression) {
        self.start = start
        self.end = end
        self.expression = expression
    }

    init(_ start: Int, _ end: Int, duration: NormalizedValue) {
        self.start = start
        self.end = end
        self.duration = duration
    }

    /// A single day (or a minute of it), to which a weekday or a clock time may be attached.
    var day: (year: DateYear, month: Int, day: Int)? {
        switch expression {
        case .calendar(let year, .day(let m, let d))?: (year, m, d)
        case .calendar(let year, .minute(let m, let d, _))?: (year, m, d)
        default: nil
        }
    }
}

/// What a position yields: a reading, or only how far to skip (a URL, an identifier, a page
/// timestamp, a clock time with no day beside it).
enum DateOutcome {
    case found(DateFound)
    case skip(Int)
}

/// An amount of time as written: a numeral, or an article standing for one.
struct TimeAmount {
    var value: Double
    var low: Double
    var high: Double
    var start: Int
    var end: Int
    var isVague: Bool
    var isWord: Bool
}

/// One pass over a document's scalars; see `DateExtractor`.
public struct DateScanner {
    let s: [Unicode.Scalar]
    let n: Int
    let language: ValueLanguage
    let lexicon: ValueLexicon
    let words: DateWords
    let resolver: DateResolver
    let traps: TextTraps
    /// The document's sentences, for placing clock times (split here when not given).
    let sentences: [TextSpan]?
    /// Where the last bare year ended, for "2023 và 2024", "in 2019 and 2020".
    var lastYearEnd = -100
    var mentions: [Mention] = []
    /// The days date mentions name, in text order, and the clock times waiting for one.
    var days: [NamedDay] = []
    var pending: [PendingClock] = []
    /// The last date recorded, as written: a period Chinese names before its first or last
    /// months (2023年前6个月).
    var lastRead: (start: Int, end: Int, expression: DateExpression)?

    public init(scalars: [Unicode.Scalar], language: ValueLanguage, published: PartialDate?, sentences: [TextSpan]? = nil) {
        self.s = scalars
        self.sentences = sentences
        self.n = scalars.count
        self.language = language
        self.lexicon = language.lexicon
        self.words = language.lexicon.dates
        self.resolver = DateResolver(published: published)
        self.traps = TextTraps(scalars, words: language.lexicon.traps)
    }

    public mutating func scan() -> [Mention] {
        let triggers = language.dateTriggers
        let filter = language.dateWords
        let numbers = language.dateNumberWords
        var i = 0
        while i < n {
            let c = s[i]
            if WordFilter.isWordScalar(c.value) {
                // A word is looked at once, from its start, and skipped whole unless a date word
                // or a number word may start with it.
                let word = WordFilter.word(at: i, in: s)
                if i > 0, WordFilter.isWordScalar(s[i - 1].value) {
                    i = word.end
                    continue
                }
                if c.value < 0x80, c == "h" || c == "w" || c == "H" || c == "W", let end = traps.webAddressEnd(at: i) {
                    i = end
                    continue
                }
                let isDateWord = filter.mayStart(word: word, in: s)
                let isNumberWord = numbers.mayStart(word: word.hash)
                guard isDateWord || isNumberWord else {
                    i = word.end
                    continue
                }
                switch candidate(at: i, lead: isDateWord, number: isNumberWord) {
                case .found(let found)?:
                    i = max(i + 1, take(found))
                case .skip(let end)?: i = max(i + 1, end)
                case nil: i = word.end
                }
                continue
            }
            guard triggers.contains(c) else {
                i += 1
                continue
            }
            if ScalarClass.isHan(c), !filter.mayStart(han: c, next: i + 1 < n ? s[i + 1] : nil) {
                i += 1
                continue
            }
            if i > 0, ScalarClass.digit(c) != nil, ScalarClass.digit(s[i - 1]) != nil {
                i += 1
                continue
            }
            switch candidate(at: i) {
            case .found(let found)?:
                i = max(i + 1, take(found))
            case .skip(let end)?: i = max(i + 1, end)
            case nil: i += 1
            }
        }
        placeClocks()
        return mentions
    }

    /// Records a reading with the clock time or the second date of a range that follows it.
    mutating func take(_ found: DateFound) -> Int {
        var found = found
        if let nth = nthWeekday(from: found) { found = nth }
        attachClock(&found)
        if let ranged = range(from: found) { found = ranged }
        return record(found)
    }

    mutating func record(_ found: DateFound) -> Int {
        var start = found.start, end = found.end, zone = found.zone
        if zone == nil, found.placement != nil || found.expression.map(Self.isTime) == true {
            // 12h05 ngày 28/10 (giờ địa phương), 北京时间10月28日…12点05分.
            if let after = zoneAfter(end) {
                zone = after.zone
                end = after.end
            } else if let before = zoneBefore(start, floor: mentions.last?.span.end ?? 0) {
                zone = before.zone
                start = before.start
            }
        }
        if found.replacesLast, !mentions.isEmpty {
            mentions.removeLast()
            lastRead = nil
        }
        let span = TextSpan(start: start, end: end)
        let text = String(scalars: s[start..<end])
        if let duration = found.duration {
            mentions.append(Mention(kind: .duration, span: span, text: text, value: duration))
        } else if let written = found.expression, let through = found.through, let value = rangeValue(written, through) {
            // Checked when the range was read (`range(from:)`).

            mentions.append(Mention(kind: .date, span: span, text: text, value: value))
        } else if let written = found.expression {
            let expression = anchored(written)
            var value = resolver.value(expression)
            if let placement = found.placement, case .timeOfDay(_, let minute) = expression {
                pending.append(PendingClock(index: mentions.count, minute: minute, placement: placement, hedge: found.hedge, zone: zone))
            } else if let day = Self.dayOf(expression) {
                days.append(NamedDay(start: start, end: end, day: day))
            }
            if Self.isTime(expression) { Self.describeTime(&value, hedge: found.hedge, zone: zone) }
            mentions.append(Mention(kind: .date, span: span, text: text, value: value))
            lastRead = (start, end, written)
            if case .calendar(.absolute, .year) = expression { lastYearEnd = end }
        }
        return end
    }

    // MARK: - One position

    /// What starts at `i`; for a word, `lead` and `number` say whether a date word or a number
    /// word may start there.
    func candidate(at i: Int, lead: Bool = true, number: Bool = true) -> DateOutcome? {
        if lead, let match = words.lead.match(at: i, in: s), !digitContinues(match.end) {
            // Lunar New Year, The Good Friday agreement: a holiday's words in another name.
            if match.value.contains(where: { if case .holiday = $0 { true } else if case .easter = $0 { true } else { false } }),
               qualifiedName(before: i) {
                return .skip(match.end)
            }
            if let found = parseLead(match.value, start: i, end: match.end) { return .found(found) }
        }
        if ScalarClass.digit(s[i]) != nil { return parseDigits(at: i, cued: false) }
        return number ? parseWordNumber(at: i) : nil
    }

    // MARK: - Small readers

    @inline(__always)
    func isSpace(_ k: Int) -> Bool { k < n && (s[k] == " " || s[k] == "\u{A0}") }

    /// Past one or two spaces.
    func skipSpaces(_ k: Int) -> Int {
        var j = k
        while j < n, j - k < 2, isSpace(j) { j += 1 }
        return j
    }

    /// Back over one or two spaces: where the word before `k` ends.
    func skipBack(_ k: Int) -> Int {
        var j = k
        while j > 0, k - j < 2, s[j - 1] == " " || s[j - 1] == "\u{A0}" { j -= 1 }
        return j
    }

    /// A space before a Han character may separate a number from its mark (3 月初, 2023 年).
    func skipSpaceBeforeHan(_ k: Int) -> Int {
        isSpace(k) && k + 1 < n && ScalarClass.isHan(s[k + 1]) ? k + 1 : k
    }

    /// A run of Arabic digits starting at `k` (not in the middle of one), of at most `max` digits.
    func arabic(at k: Int, max: Int = 4) -> (value: Int, end: Int, count: Int)? {
        guard k < n, ScalarClass.digit(s[k]) != nil, k == 0 || ScalarClass.digit(s[k - 1]) == nil else { return nil }
        var j = k
        var value = 0
        while j < n, let d = ScalarClass.digit(s[j]) {
            value = value * 10 + d
            j += 1
            if j - k > max { return nil }
        }
        return (value, j, j - k)
    }

    /// A whole number up to 99 in Arabic digits or Han numerals: 7, 07, 十, 十二, 二十八.
    func small(at k: Int) -> (value: Int, end: Int)? {
        if let a = arabic(at: k, max: 2) { return (a.value, a.end) }
        guard k < n, ScalarClass.isHan(s[k]) else { return nil }
        if let numeral = language.reader.read(at: k, in: s), numeral.form == .han, !numeral.isScaled, !numeral.isVague,
           numeral.value == numeral.value.rounded(), numeral.value >= 1, numeral.value <= 99 {
            return (Int(numeral.value), numeral.end)
        }
        if lexicon.hanUnits[s[k]] == 10 { return (10, k + 1) } // 十月: a ten alone
        return nil
    }

    /// Four Han digits (二〇二三, 一九九七): a year when a year mark follows.
    func hanYear(at k: Int) -> (year: Int, end: Int)? {
        guard k + 4 < n else { return nil }
        var value = 0
        for j in k..<(k + 4) {
            guard let d = lexicon.hanDigits[s[j]], d < 10, s[j] != "两", s[j] != "兩" else { return nil }
            value = value * 10 + Int(d)
        }
        guard lexicon.hanDigits[s[k + 4]] == nil, isYear(value, count: 4) else { return nil }
        return (value, k + 4)
    }

    @inline(__always)
    func isYear(_ value: Int, count: Int) -> Bool { count == 4 && value >= 1000 && value <= 2999 }

    /// Something glued after a number that makes it part of another token: a digit, a letter, a
    /// decimal part.
    func glued(_ e: Int) -> Bool {
        guard e < n else { return false }
        let c = s[e]
        if ScalarClass.digit(c) != nil || ScalarClass.isLetter(c) || c == "_" || c == "%" || c == "％" { return true }
        if c == "." || c == "," || c == "/" || c == "-" || c == ":" { return e + 1 < n && ScalarClass.digit(s[e + 1]) != nil }
        return false
    }

    /// A phrase ending in a digit (quý 1) must not run on into more digits (quý 12).
    func digitContinues(_ end: Int) -> Bool {
        end > 0 && end < n && ScalarClass.digit(s[end - 1]) != nil && ScalarClass.digit(s[end]) != nil
    }

    func trail(at k: Int) -> (roles: [DateTrail], end: Int)? {
        guard k < n, let match = words.trail.match(at: k, in: s) else { return nil }
        return (match.value, match.end)
    }

    func hasCue(_ table: PhraseTable<Bool>, before start: Int) -> Bool {
        !table.isEmpty && table.match(endingAt: skipBack(start), in: s) != nil
    }

    /// 每周一, mỗi tháng, every Monday: a frequency, not a date.
    func distributiveBefore(_ start: Int) -> Bool { hasCue(words.distributive, before: start) }

    /// 第三年, thứ 3: an ordinal, not an amount.
    func rankBefore(_ start: Int) -> Bool { hasCue(lexicon.rankPrefixes, before: start) }

    /// Words like trước khi, năm trước đó: "before that", not before publication.
    /// Whether a whole word of `table` follows `end` after a space.
    func wordAfter(_ end: Int, in table: PhraseTable<Bool>) -> Bool {
        guard !table.isEmpty, isSpace(end), let word = table.match(at: skipSpaces(end), in: s) else { return false }
        return word.end >= n || !ScalarClass.isLetter(s[word.end])
    }

    func blockedAfter(_ end: Int) -> Bool {
        !words.agoBlockers.isEmpty && words.agoBlockers.match(at: skipSpaces(end), in: s) != nil && isSpace(end)
    }

    /// Whether a Han day word from `start` to `end` is part of other words around it: its first
    /// character makes a dictionary word with the one before (之前天气, 先天后天), or its last
    /// begins a name with the one after (前天津市长). `dates.word_pairs`.
    func inWordAcross(start: Int, end: Int) -> Bool {
        guard !words.wordPairs.isEmpty, end > start, ScalarClass.isHan(s[start]) else { return false }
        if start > 0, ScalarClass.isHan(s[start - 1]), words.wordPairs.contains(s[start - 1], s[start]) { return true }
        return end < n && ScalarClass.isHan(s[end]) && words.wordPairs.contains(s[end - 1], s[end])
    }

    func capitalOK(_ k: Int) -> Bool { !words.namesCapitalized || ScalarClass.isUppercase(s[k]) }

    /// A name written in lower case where the language capitalizes names reads as one only with
    /// Arabic digits right beside it (april 2017, 26 june, june of 1992): "may" and "march" alone
    /// are verbs.
    func numberBeside(_ start: Int, _ end: Int) -> Bool {
        // After it: a year (april 2017, june of 1992), or a day written as an ordinal or followed
        // by a year (june 26th, july 4 1995); "you may 2 times" is no date.
        if yearAfter(end, marker: false) != nil { return true }
        let k = skipSpaces(end)
        if k > end, let d = arabic(at: k, max: 2) {
            if let e = ordinalEnd(d.end), !glued(e) { return true }
            if yearAfter(d.end, marker: false) != nil { return true }
        }
        var b = skipBack(start)
        if b < start, let joiner = words.yearJoiners.match(endingAt: b, in: s) { b = skipBack(joiner.start) }
        if let suffix = words.ordinalSuffixes.match(endingAt: b, in: s) { b = suffix.start }
        return b < start && b > 0 && ScalarClass.digit(s[b - 1]) != nil
    }

    /// A word no longer than three scalars (sat, sun, wed): a weekday abbreviation that may be
    /// another word; full lower-case weekday names are never other words.
    func short(_ k: Int) -> Bool {
        var j = k
        while j < n, ScalarClass.isLetter(s[j]) { j += 1 }
        return j - k <= 3
    }
}
