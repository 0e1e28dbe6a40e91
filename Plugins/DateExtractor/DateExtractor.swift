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
public struct DateExtractor: ClaimExtractor {
    public static let description = ModuleDescription(
        name: "dates",
        kind: .extractor,
        version: "1.0.0",
        languages: ["*"],
        summary: "Dates (absolute, partial, relative to the publication date) as day intervals, and durations."
    )

    let languages: ValueLanguages

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

    public init(scalars: [Unicode.Scalar], language: ValueLanguage, published: PartialDate?, sentences: [TextSpan]? = nil) {
        self.s = scalars
        self.sentences = sentences
        self.n = scalars.count
        self.language = language
        self.lexicon = language.lexicon
        self.words = language.lexicon.dates
        self.resolver = DateResolver(published: published)
        self.traps = TextTraps(scalars)
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
                case .found(var found)?:
                    attachClock(&found)
                    i = max(i + 1, record(found))
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
            case .found(var found)?:
                attachClock(&found)
                i = max(i + 1, record(found))
            case .skip(let end)?: i = max(i + 1, end)
            case nil: i += 1
            }
        }
        placeClocks()
        return mentions
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
        let span = TextSpan(start: start, end: end)
        let text = String(String.UnicodeScalarView(s[start..<end]))
        if let duration = found.duration {
            mentions.append(Mention(kind: .duration, span: span, text: text, value: duration))
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
            if case .calendar(.absolute, .year) = expression { lastYearEnd = end }
        }
        return end
    }

    // MARK: - One position

    /// What starts at `i`; for a word, `lead` and `number` say whether a date word or a number
    /// word may start there.
    func candidate(at i: Int, lead: Bool = true, number: Bool = true) -> DateOutcome? {
        if lead, let match = words.lead.match(at: i, in: s), !digitContinues(match.end),
           let found = parseLead(match.value, start: i, end: match.end) {
            return .found(found)
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
    func blockedAfter(_ end: Int) -> Bool {
        !words.agoBlockers.isEmpty && words.agoBlockers.match(at: skipSpaces(end), in: s) != nil && isSpace(end)
    }

    func capitalOK(_ k: Int) -> Bool { !words.namesCapitalized || ScalarClass.isUppercase(s[k]) }

    // MARK: - Words that start a date

    func parseLead(_ roles: [DateRole], start: Int, end: Int) -> DateFound? {
        for role in roles {
            if let found = parse(role, start: start, end: end) { return found }
        }
        return nil
    }

    func parse(_ role: DateRole, start: Int, end: Int) -> DateFound? {
        switch role {
        case .relativeDay(let k):
            guard !blockedAfter(end) else { return nil }
            // ngày hôm qua 28/10: the date written beside it is the one meant.
            if let date = dateBeside(end) { return DateFound(start, date.end, date.expression!) }
            return DateFound(start, end, .dayOffset(k))
        case .relativeWeek(let k):
            guard !blockedAfter(end), words.weekWordBlockers.match(at: end, in: s) == nil else { return nil }
            return DateFound(start, end, .weekOffset(k))
        case .relativeMonth(let k):
            guard !blockedAfter(end), words.monthWordBlockers.match(at: end, in: s) == nil else { return nil }
            // 上月28日, 上月底
            if let d = small(at: end), (1...31).contains(d.value), let t = trail(at: d.end), t.roles.contains(.day) {
                return DateFound(start, t.end, .monthOffset(k, nil, d.value))
            }
            if let part = partAfter(end) { return DateFound(start, part.end, .monthOffset(k, part.part, nil)) }
            return DateFound(start, end, .monthOffset(k, nil, nil))
        case .relativeYear(let k):
            guard !blockedAfter(end) else { return nil }
            if let period = periodAfterYear(end), let found = calendar(start, period.end, .relative(k), period.period) {
                return extendDay(found)
            }
            return DateFound(start, end, .calendar(.relative(k), .year))
        case .quarter(let q):
            if let year = yearAfter(end, marker: false) { return DateFound(start, year.end, .calendar(year.year, .quarter(q))) }
            return words.quartersAlone ? DateFound(start, end, .calendar(.implied, .quarter(q))) : nil
        case .half(let h):
            if let year = yearAfter(end, marker: true) { return DateFound(start, year.end, .calendar(year.year, .half(h))) }
            return words.halvesAlone ? DateFound(start, end, .calendar(.implied, .half(h))) : nil
        case .yearPart(let part):
            return DateFound(start, end, .calendar(.implied, .part(part)))
        case .month(let m, let short):
            guard capitalOK(start) else { return nil }
            return monthName(m, short: short, start: start, end: end)
        case .weekday(let w):
            guard capitalOK(start), !distributiveBefore(start), !numeralBefore(start) else { return nil }
            if let date = dateBeside(end) { return DateFound(start, date.end, date.expression!) }
            if !words.weekdayCues.isEmpty, !hasCue(words.weekdayCues, before: start) { return nil }
            return DateFound(start, end, .weekday(w, relation: 0))
        case .season(let season):
            guard let year = yearAfter(end, marker: false) else { return nil }
            return DateFound(start, year.end, .calendar(year.year, .season(season)))
        case .relativeName(let r):
            let k = skipSpaces(end)
            guard k > end, let lead = words.lead.match(at: k, in: s) else { return nil }
            for role in lead.value {
                switch role {
                case .month(let m, short: false) where capitalOK(k):
                    return DateFound(start, lead.end, .namedMonth(m, relation: r))
                case .season(let season):
                    return DateFound(start, lead.end, .namedSeason(season, relation: r))
                case .weekday(let w) where capitalOK(k):
                    return DateFound(start, lead.end, .weekday(w, relation: r))
                default:
                    continue
                }
            }
            return nil
        case .partBefore(let part):
            return partBefore(part, start: start, end: end)
        case .decadeBefore:
            let k = skipSpaces(end)
            guard k > end, let y = arabic(at: k), !glued(y.end), y.value % 10 == 0 else { return nil }
            if isYear(y.value, count: y.count) { return DateFound(start, y.end, .calendar(.absolute(y.value), .decade)) }
            if y.count == 2 { return DateFound(start, y.end, .calendar(.absolute(century(y.value)), .decade)) }
            return nil
        case .fiscalBefore:
            let k = skipSpaces(end)
            guard let y = arabic(at: k), !glued(y.end) else { return nil }
            if isYear(y.value, count: y.count) { return DateFound(start, y.end, .fiscal(y.value, quarter: nil)) }
            if y.count == 2 { return DateFound(start, y.end, .fiscal(2000 + y.value, quarter: nil)) }
            return nil
        case .dayBefore:
            return dayMarker(start: start, end: end)
        case .ordinalDayBefore:
            return ordinalDay(after: end)
        case .monthBefore:
            let k = skipSpaces(end)
            guard k > end, !distributiveBefore(start), let m = arabic(at: k, max: 2), (1...12).contains(m.value),
                  !countFollows(m.end) else { return nil }
            if let year = yearAfter(m.end, marker: false) { return DateFound(start, year.end, .calendar(year.year, .month(m.value))) }
            guard !glued(m.end) else { return nil }
            return DateFound(start, m.end, .calendar(.implied, .month(m.value)))
        case .yearBefore:
            let k = skipSpaces(end)
            guard k > end, let y = arabic(at: k), isYear(y.value, count: y.count), !glued(y.end) else { return nil }
            return DateFound(start, y.end, .calendar(.absolute(y.value), .year))
        case .eraBefore(let offset):
            // 民國112年 is 2023: the era's years counted from its start.
            guard let y = arabic(at: end, max: 3), y.value >= 1, let t = trail(at: skipSpaceBeforeHan(y.end)),
                  t.roles.contains(.year) else { return nil }
            return yearFound(y.value + offset, start: start, end: t.end)
        case .agoBefore:
            // cách đây 5 năm
            let k = skipSpaces(end)
            guard k > end, let amount = amount(at: k), let unit = unitAfter(amount.end) else { return nil }
            return DateFound(start, unit.end, .ago(amount.value, unit: unit.unit))
        }
    }

    /// A multiplier or a measure word after the number: tháng 3 lần (three times a month).
    func countFollows(_ e: Int) -> Bool {
        let k = skipSpaces(e)
        return k > e && (lexicon.multipliers.match(at: k, in: s) != nil || lexicon.classifiers.match(at: k, in: s) != nil)
    }

    /// A numeral just before (四周一, 两周一次): 周一 is then not Monday.
    func numeralBefore(_ start: Int) -> Bool {
        guard start > 0 else { return false }
        let c = s[start - 1]
        return ScalarClass.digit(c) != nil || lexicon.hanDigits[c] != nil || lexicon.hanUnits[c] != nil
    }

    /// 20年代 is the 2020s in a text of 2023, 90年代 the 1990s.
    func century(_ twoDigits: Int) -> Int {
        let now = resolver.published?.year ?? 2025
        return 2000 + twoDigits <= now ? 2000 + twoDigits : 1900 + twoDigits
    }

    /// A calendar reading, if the day exists in the year named.
    func calendar(_ start: Int, _ end: Int, _ year: DateYear, _ period: DatePeriod) -> DateFound? {
        if case .day(let m, let d) = period {
            guard (1...12).contains(m), d >= 1 else { return nil }
            if case .absolute(let y) = year {
                guard d <= CalendarDays.daysIn(month: m, year: y) else { return nil }
            } else {
                guard d <= CalendarDays.daysIn(month: m, year: 2000) else { return nil }
            }
        }
        return DateFound(start, end, .calendar(year, period))
    }

    // MARK: - Years after a period, periods after a year

    /// A year right at `k`: 2023, năm 2023, năm ngoái, last year; with `marker`, a bare "năm"
    /// (đầu năm: early this year).
    func yearSpec(at k: Int, marker: Bool) -> (year: DateYear, end: Int)? {
        guard k < n else { return nil }
        if let lead = words.lead.match(at: k, in: s) {
            for role in lead.value {
                if case .relativeYear(let r) = role, !blockedAfter(lead.end) { return (.relative(r), lead.end) }
            }
            if lead.value.contains(.yearBefore) {
                let after = skipSpaces(lead.end)
                if after > lead.end, let y = arabic(at: after), isYear(y.value, count: y.count), !glued(y.end) {
                    return (.absolute(y.value), y.end)
                }
                return marker ? (.implied, lead.end) : nil
            }
        }
        if let y = arabic(at: k), isYear(y.value, count: y.count), !glued(y.end) { return (.absolute(y.value), y.end) }
        return nil
    }

    /// The year after a month, part, season or quarter: " 2023", ", 2023", " of 2023", "/2023",
    /// " năm 2023", " năm ngoái", " last year"; after "mid-" none is needed.
    func yearAfter(_ j: Int, marker: Bool) -> (year: DateYear, end: Int)? {
        guard j < n else { return nil }
        if j > 0, s[j - 1] == "-" { return yearSpec(at: j, marker: marker) }
        if s[j] == "/" || s[j] == "-" {
            // tháng 6/2023, quý 2/2023
            guard let y = arabic(at: j + 1), isYear(y.value, count: y.count), !glued(y.end) else { return nil }
            return (.absolute(y.value), y.end)
        }
        var k = j
        if s[k] == "," || s[k] == "，" { k += 1 }
        guard isSpace(k) else { return nil }
        k = skipSpaces(k)
        if let joiner = words.yearJoiners.match(at: k, in: s), isSpace(joiner.end) {
            return yearSpec(at: skipSpaces(joiner.end), marker: false)
        }
        return yearSpec(at: k, marker: marker)
    }

    /// What follows a year in Chinese order: 7月, 7月15日, 3月初, 初, 年初, 上半年, 第二季度, 秋天.
    func periodAfterYear(_ j: Int) -> (period: DatePeriod, end: Int)? {
        let k = skipSpaceBeforeHan(j)
        if let m = small(at: k), (1...12).contains(m.value), let t = trail(at: skipSpaceBeforeHan(m.end)), t.roles.contains(.month) {
            return monthThen(m.value, after: t.end)
        }
        if let part = partAfter(k) { return (.part(part.part), part.end) }
        // 今年年初: the year mark again before the part.
        if let t = trail(at: k), t.roles.contains(.year), let part = partAfter(t.end) { return (.part(part.part), part.end) }
        if let lead = words.lead.match(at: k, in: s), !digitContinues(lead.end) {
            for role in lead.value {
                switch role {
                case .half(let h): return (.half(h), lead.end)
                case .quarter(let q): return (.quarter(q), lead.end)
                case .season(let season): return (.season(season), lead.end)
                default: continue
                }
            }
        }
        return nil
    }

    /// After 7月: 15日 or 15号, 初 or 中旬, or nothing.
    func monthThen(_ m: Int, after e: Int) -> (period: DatePeriod, end: Int) {
        let k = isSpace(e) ? e + 1 : e
        if let d = small(at: k), (1...31).contains(d.value), let t = trail(at: skipSpaceBeforeHan(d.end)), t.roles.contains(.day),
           !yenAfter(t.end) {
            return (.day(m, d.value), t.end)
        }
        if let part = partAfter(e) { return (.monthPart(m, part.part), part.end) }
        return (.month(m), e)
    }

    /// 30日内, 30日以内: within thirty days, not the 30th.
    func withinAfter(_ e: Int) -> Bool {
        guard e < n else { return false }
        if s[e] == "内" || s[e] == "內" { return true }
        return e + 1 < n && (s[e] == "以" || s[e] == "之") && (s[e + 1] == "内" || s[e + 1] == "內")
    }

    /// 日元 is yen: 100日元 is money, not the 100th.
    func yenAfter(_ e: Int) -> Bool { e < n && (s[e] == "元" || s[e] == "圆" || s[e] == "圓") }

    /// 初, 中旬, 下旬, 底, 末 after a year or a month. A lone 中 counts only when no other Han
    /// character follows (2023年中国 is not mid-2023).
    func partAfter(_ k: Int) -> (part: DatePart, end: Int)? {
        guard let t = trail(at: k) else { return nil }
        for role in t.roles {
            guard case .part(let part) = role else { continue }
            if t.end - k == 1, part == .mid, t.end < n, ScalarClass.isHan(s[t.end]) { return nil }
            return (part, t.end)
        }
        return nil
    }

    /// early 2024, mid-2024, đầu năm 2024, cuối năm nay, đầu năm, late June, cuối tháng 6,
    /// cuối tháng trước, end of 2023.
    func partBefore(_ part: DatePart, start: Int, end: Int) -> DateFound? {
        var k = end
        if s[end - 1] != "-" {
            guard isSpace(k) else { return nil }
            k = skipSpaces(k)
        }
        if let year = yearSpec(at: k, marker: true) { return DateFound(start, year.end, .calendar(year.year, .part(part))) }
        guard let lead = words.lead.match(at: k, in: s) else { return nil }
        for role in lead.value {
            switch role {
            case .month(let m, _) where capitalOK(k):
                let year = yearAfter(lead.end, marker: false)
                return DateFound(start, year?.end ?? lead.end, .calendar(year?.year ?? .implied, .monthPart(m, part)))
            case .relativeMonth(let r) where !blockedAfter(lead.end):
                return DateFound(start, lead.end, .monthOffset(r, part, nil))
            case .monthBefore:
                let after = skipSpaces(lead.end)
                if after > lead.end, let m = arabic(at: after, max: 2), (1...12).contains(m.value) {
                    let year = yearAfter(m.end, marker: false)
                    if year == nil, glued(m.end) { return nil }
                    return DateFound(start, year?.end ?? m.end, .calendar(year?.year ?? .implied, .monthPart(m.value, part)))
                }
                // cuối tháng: the end of this month
                return DateFound(start, lead.end, .monthOffset(0, part, nil))
            default:
                continue
            }
        }
        return nil
    }

    /// June 17, 2023; June 17; June 2023; June of last year; in June.
    func monthName(_ m: Int, short: Bool, start: Int, end: Int) -> DateFound? {
        if isSpace(end) {
            let k = skipSpaces(end)
            if let d = arabic(at: k, max: 2), (1...31).contains(d.value) {
                let e = ordinalEnd(d.end) ?? d.end
                if !glued(e) {
                    if let year = yearAfter(e, marker: false) {
                        if let found = calendar(start, year.end, year.year, .day(m, d.value)) { return extendDay(found) }
                    } else if let found = calendar(start, e, .implied, .day(m, d.value)) {
                        return extendDay(found)
                    }
                }
            }
        }
        if let year = yearAfter(end, marker: false) { return DateFound(start, year.end, .calendar(year.year, .month(m))) }
        guard !short else { return nil }
        if !words.monthCues.isEmpty, !hasCue(words.monthCues, before: start) { return nil }
        return DateFound(start, end, .calendar(.implied, .month(m)))
    }

    /// 17th, 1st, 2nd, 3rd: where the ordinal ending after a day number ends.
    func ordinalEnd(_ e: Int) -> Int? { words.ordinalSuffixes.match(at: e, in: s)?.end }

    /// ngày 17, ngày 17/6, ngày 28.3, ngày 1-11, ngày 17/6/2023, ngày 17 tháng 6 năm 2023, ngày thứ hai 28/10.
    func dayMarker(start: Int, end: Int) -> DateFound? {
        let k = skipSpaces(end)
        guard k > end, k < n else { return nil }
        if let lead = words.lead.match(at: k, in: s), lead.value.contains(where: { if case .weekday = $0 { true } else { false } }),
           let date = dateBeside(lead.end) {
            return DateFound(start, date.end, date.expression!)
        }
        guard let d = arabic(at: k, max: 2), (1...31).contains(d.value) else { return nil }
        if d.end + 1 < n, s[d.end] == "/" || s[d.end] == "-" || s[d.end] == ".", ScalarClass.digit(s[d.end + 1]) != nil {
            guard let found = numericDayMonth(at: k, day: d, cued: true, marked: true) else { return nil }
            return DateFound(start, found.end, found.expression!)
        }
        if isSpace(d.end), let lead = words.lead.match(at: skipSpaces(d.end), in: s) {
            for role in lead.value {
                var month: (value: Int, end: Int)?
                if case .monthBefore = role {
                    let after = skipSpaces(lead.end)
                    if after > lead.end, let m = arabic(at: after, max: 2), (1...12).contains(m.value) { month = (m.value, m.end) }
                } else if case .month(let m, _) = role {
                    month = (m, lead.end)
                }
                guard let month else { continue }
                let year = yearAfter(month.end, marker: false)
                if year == nil, glued(month.end) { return nil }
                guard let found = calendar(start, year?.end ?? month.end, year?.year ?? .implied, .day(month.value, d.value)) else { return nil }
                return extendDay(found)
            }
        }
        guard !glued(d.end) else { return nil }
        // 13日周五: the weekday after a day of the month is part of it; the day written in
        // digits places it.
        return extendDay(DateFound(start, d.end, .dayOfMonth(d.value)), anyDay: true)
    }

    // MARK: - Days with a weekday, a clock time or a relative word beside them

    /// An explicit day right after `end` (past a comma or spaces): thứ hai 28/10, hôm qua 28/10.
    func dateBeside(_ end: Int) -> DateFound? {
        var k = end
        if k < n, s[k] == "," || s[k] == "，" { k += 1 }
        k = skipSpaces(k)
        return dayDate(at: k)
    }

    /// An explicit day starting at `k`: 28/10, ngày 28/10, 10月28日, June 17, 17 June. Not
    /// another weekday or relative word (lần thứ hai, thứ hai 28/10).
    func dayDate(at k: Int) -> DateFound? {
        guard k < n else { return nil }
        var found: DateFound?
        if ScalarClass.digit(s[k]) != nil {
            // Not a clock time: that would read on to the day after it, and on (1:00 1:00 1:00 …).
            if case .found(let f)? = parseDigits(at: k, cued: true, clocks: false) { found = f }
        } else if let lead = words.lead.match(at: k, in: s) {
            let explicit = lead.value.filter {
                switch $0 {
                case .dayBefore, .month: true
                default: false
                }
            }
            found = parseLead(explicit, start: k, end: lead.end)
        }
        guard let found, found.day != nil else { return nil }
        return found
    }

    /// A weekday after a day: 10月28日星期一, 10月28日（周一）. (Its clock time is read by
    /// `attachClock`.)
    func extendDay(_ found: DateFound, anyDay: Bool = false) -> DateFound {
        guard found.day != nil || anyDay else { return found }
        var result = found
        // 10月28日星期一, 10月28日（周一）, Monday, June 17 is rare: weekdays after the day only.
        var w = result.end
        if w < n, s[w] == "," || s[w] == "，" { w += 1 }
        w = skipSpaces(w)
        let paren = w < n && (s[w] == "(" || s[w] == "（")
        if paren { w += 1 }
        if let lead = words.lead.match(at: w, in: s), lead.value.contains(where: { if case .weekday = $0 { true } else { false } }) {
            if !paren { result.end = lead.end } else if lead.end < n, s[lead.end] == ")" || s[lead.end] == "）" { result.end = lead.end + 1 }
        }
        return result
    }

    // MARK: - Numbers in Arabic digits

    func parseDigits(at i: Int, cued: Bool, clocks: Bool = true) -> DateOutcome? {
        guard let run = arabic(at: i, max: 12) else { return .skip(traps.tokenEnd(from: i)) }
        let v = run.value, j = run.end, count = run.count
        // Glued to an identifier before: GPT-4, v1.2, /2023/06/, #12.
        if i > 0 {
            let b = s[i - 1]
            if ScalarClass.isLetter(b) || "_/\\#@=&?~$€£¥".unicodeScalars.contains(b) { return .skip(traps.tokenEnd(from: j)) }
            if b == "-" || b == "." || b == "‐" || b == ":", i > 1, ScalarClass.isLetter(s[i - 2]) || ScalarClass.digit(s[i - 2]) != nil {
                return .skip(traps.tokenEnd(from: j))
            }
        }
        if count <= 2, traps.isListMarker(start: i, end: j) { return .skip(j + 1) }
        // A clock time, alone or before its day (12h05 ngày 28/10, 12:20 a.m. Saturday).
        if clocks, count <= 2, let outcome = clockAlone(at: i) { return outcome }
        // Numbers with separators: 2023.06.17, 2023-06, 17/6/2023, 28/10, 2019-2023.
        if j + 1 < n, "./-–／－".unicodeScalars.contains(s[j]), ScalarClass.digit(s[j + 1]) != nil {
            if let found = numericDate(at: i, run: run, cued: cued || hasCue(words.dayCues, before: i)) { return .found(found) }
            // Not a date: a decimal or grouped number may still be an amount of time (2.5 years).
            if s[j] != lexicon.decimalSeparator && s[j] != lexicon.groupSeparator { return .skip(traps.tokenEnd(from: j)) }
        } else if j < n, ScalarClass.isLetter(s[j]) {
            // 1990s, 17th June; anything else glued (70B, 5G) is an identifier.
            if count == 4, v % 10 == 0, isYear(v, count: 4), let t = trail(at: j), t.roles.contains(.decade) {
                return .found(DateFound(i, t.end, .calendar(.absolute(v), .decade)))
            }
            if ordinalEnd(j) == nil, words.hourMarks.match(at: j, in: s) == nil, lexicon.timeUnits.match(at: j, in: s) == nil {
                return .skip(traps.tokenEnd(from: j))
            }
        }
        // Marks after the number: 2019年, 7月, 17日, 1990年代, 2023财年.
        let k = skipSpaceBeforeHan(j)
        if let t = trail(at: k) {
            for role in t.roles {
                switch role {
                case .decade where v % 10 == 0 && (isYear(v, count: count) || count == 2):
                    let year = count == 2 ? century(v) : v
                    return .found(DateFound(i, t.end, .calendar(.absolute(year), .decade)))
                case .fiscal where isYear(v, count: count):
                    return .found(fiscal(v, start: i, end: t.end))
                case .year where isYear(v, count: count) && v >= 1500:
                    // 1000年 is a thousand years more often than the year 1000.
                    return .found(yearFound(v, start: i, end: t.end))
                case .month where count <= 2 && (1...12).contains(v):
                    let period = monthThen(v, after: t.end)
                    if let found = calendar(i, period.end, .implied, period.period) { return .found(extendDay(found)) }
                case .day where count <= 2 && (1...31).contains(v) && !yenAfter(t.end) && !rankBefore(i) && !withinAfter(t.end):
                    return .found(extendDay(DateFound(i, t.end, .dayOfMonth(v)), anyDay: true))
                default:
                    continue
                }
            }
        }
        // 17 June 2023, 17th of June, 5 tháng 6 năm 2023.
        if count <= 2, (1...31).contains(v), let found = dayBeforeMonth(v, start: i, end: j) { return .found(found) }
        // A bare year after a cue: in 2019, vào 2019, 2023 và 2024.
        if count == 4, v >= 1800, v <= 2100, !glued(j), yearCue(before: i) {
            return .found(DateFound(i, j, .calendar(.absolute(v), .year)))
        }
        if let numeral = language.reader.read(at: i, in: s) {
            let amount = TimeAmount(value: numeral.value, low: numeral.low, high: numeral.high, start: i, end: numeral.end,
                                    isVague: numeral.isVague, isWord: false)
            if numeral.isScaled { return .skip(numeral.end) } // 5亿周活跃用户: a weekly figure
            if let outcome = duration(amount) { return outcome }
            return .skip(numeral.end)
        }
        return .skip(j)
    }

    func yearFound(_ year: Int, start: Int, end: Int) -> DateFound {
        if let period = periodAfterYear(end), let found = calendar(start, period.end, .absolute(year), period.period) {
            return extendDay(found)
        }
        return DateFound(start, end, .calendar(.absolute(year), .year))
    }

    /// 2023财年, 2023财年第四季度.
    func fiscal(_ year: Int, start: Int, end: Int) -> DateFound {
        if let lead = words.lead.match(at: end, in: s), !digitContinues(lead.end) {
            for role in lead.value {
                if case .quarter(let q) = role { return DateFound(start, lead.end, .fiscal(year, quarter: q)) }
            }
        }
        return DateFound(start, end, .fiscal(year, quarter: nil))
    }

    /// 2023.06.17, 2023-06-17, 2023/6/17, 2023-06, 2019–2023, 17/6/2023, 6/17/2023, 28/10.
    func numericDate(at i: Int, run: (value: Int, end: Int, count: Int), cued: Bool) -> DateFound? {
        let j = run.end
        let sep = s[j]
        guard let b = arabic(at: j + 1, max: 4) else { return nil }
        if run.count == 4 {
            guard isYear(run.value, count: 4) else { return nil }
            // 2019-2023, 2019–2023年
            if b.count == 4, sep != ".", isYear(b.value, count: 4), b.value > run.value, b.value - run.value <= 100 {
                var e = b.end
                if let t = trail(at: skipSpaceBeforeHan(e)), t.roles.contains(.year) { e = t.end }
                guard !glued(e) else { return nil }
                return DateFound(i, e, .calendar(.absolute(run.value), .through(b.value)))
            }
            guard sep != "–", b.count <= 2, (1...12).contains(b.value) else { return nil }
            if b.end + 1 < n, s[b.end] == sep, let c = arabic(at: b.end + 1, max: 2) {
                guard !glued(c.end), let found = calendar(i, c.end, .absolute(run.value), .day(b.value, c.value)) else { return nil }
                return extendDay(found)
            }
            // 2023-06: two month digits, and not a span of years (2010-11).
            guard b.count == 2, sep != "-" || s[j + 1] == "0", !glued(b.end) else { return nil }
            return DateFound(i, b.end, .calendar(.absolute(run.value), .month(b.value)))
        }
        guard run.count <= 2, b.count <= 2, sep != "–" else { return nil }
        return numericDayMonth(at: i, day: run, cued: cued)
    }

    /// 17/6/2023, 28/10, 1-11 (after a cue), 6/17/2023, by the language's order.
    func numericDayMonth(at i: Int, day a: (value: Int, end: Int, count: Int), cued: Bool, marked: Bool = false) -> DateFound? {
        let sep = s[a.end]
        guard let b = arabic(at: a.end + 1, max: 2) else { return nil }
        var year: Int?
        var e = b.end
        if e + 1 < n, s[e] == sep, let c = arabic(at: e + 1, max: 4) {
            guard isYear(c.value, count: c.count) else { return nil } // two-digit years are not read
            year = c.value
            e = c.end
        }
        guard !glued(e) else { return nil }
        // 1/2, 3.5: fractions and decimals; after the day's own marker (ngày 28.3) a dot is a date.
        guard year != nil || (cued && (sep != "." || marked)) else { return nil }
        var day = a.value, month = b.value
        if words.numericOrder == .monthFirst {
            if a.value > 12 {
                (day, month) = (a.value, b.value)
            } else if b.value > 12 || a.value == b.value {
                (day, month) = (b.value, a.value)
            } else {
                guard b.value <= CalendarDays.daysIn(month: a.value, year: year ?? 2000),
                      a.value <= CalendarDays.daysIn(month: b.value, year: year ?? 2000) else { return nil }
                // Month first is the language's reading: shown first.
                return DateFound(i, e, .ambiguous(b.value, a.value, year: year))
            }
        }
        guard let found = calendar(i, e, year.map { .absolute($0) } ?? .implied, .day(month, day)) else { return nil }
        return extendDay(found)
    }

    /// 17 June 2023, 17th of June, 5 tháng 6 năm 2023 (the last only with a year or a cue: "5
    /// tháng" alone is five months).
    func dayBeforeMonth(_ d: Int, start: Int, end: Int) -> DateFound? {
        var k = ordinalEnd(end) ?? end
        guard isSpace(k) else { return nil }
        k = skipSpaces(k)
        if let joiner = words.yearJoiners.match(at: k, in: s), isSpace(joiner.end) { k = skipSpaces(joiner.end) }
        guard let lead = words.lead.match(at: k, in: s) else { return nil }
        for role in lead.value {
            switch role {
            case .month(let m, _) where capitalOK(k):
                let year = yearAfter(lead.end, marker: false)
                if year == nil, glued(lead.end) { return nil }
                guard let found = calendar(start, year?.end ?? lead.end, year?.year ?? .implied, .day(m, d)) else { return nil }
                return extendDay(found)
            case .monthBefore:
                let after = skipSpaces(lead.end)
                guard after > lead.end, let m = arabic(at: after, max: 2), (1...12).contains(m.value) else { return nil }
                let year = yearAfter(m.end, marker: false)
                guard year != nil || hasCue(words.dayCues, before: start) else { return nil }
                guard let found = calendar(start, year?.end ?? m.end, year?.year ?? .implied, .day(m.value, d)) else { return nil }
                return extendDay(found)
            default:
                continue
            }
        }
        return nil
    }

    /// A bare year counts after a cue (in, vào) or a connector after another year (2023 và 2024).
    func yearCue(before i: Int) -> Bool {
        if hasCue(words.yearCues, before: i) { return true }
        guard lastYearEnd >= 0, i > lastYearEnd, i - lastYearEnd <= 8 else { return false }
        let k = skipSpaces(lastYearEnd)
        guard let connector = words.connectors.match(at: k, in: s), skipSpaces(connector.end) == i else { return false }
        // After a comma the year must end a list (2019, 2020 and 2021), not start a count
        // (In 2019, 2000 people died).
        if s[k] == "," || s[k] == "，" {
            guard let run = arabic(at: i) else { return false }
            let after = skipSpaces(run.end)
            return after >= n || !WordFilter.isWordScalar(s[after].value) || words.connectors.match(at: after, in: s) != nil
        }
        return true
    }

    // MARK: - Han numerals, number words, articles

    /// Whether a unit, a measure word, a scale or a date mark may follow the word numeral at
    /// `i` (một tháng, six years, 一个月, 十月): a cheap test before reading it.
    /// For a Han numeral, `end` is where its run of numeral characters ends (`hanNumeralEnd`).
    func unitMayFollow(_ i: Int, hanEnd end: Int? = nil) -> Bool {
        let followers = language.dateFollowers
        if let end {
            var k = end
            if k == i { return true } // not a numeral (数十年 starts with a vague word): read it
            if k < n, s[k] == " " { k += 1 }
            return k < n && followers.mayStart(han: s[k], next: k + 1 < n ? s[k + 1] : nil)
        }
        var k = WordFilter.word(at: i, in: s).end
        guard k < n, s[k] == " " || s[k] == "\u{A0}" || s[k] == "-" else { return false }
        k += 1
        guard k < n, WordFilter.isWordScalar(s[k].value) else { return false }
        return followers.mayStart(word: WordFilter.word(at: k, in: s).hash)
    }

    /// Where the run of Han numeral characters starting at `i` ends.
    func hanNumeralEnd(from i: Int) -> Int {
        var k = i
        while k < n, lexicon.hanDigits[s[k]] != nil || lexicon.hanUnits[s[k]] != nil { k += 1 }
        return k
    }

    func parseWordNumber(at i: Int) -> DateOutcome? {
        let hanEnd = ScalarClass.isHan(s[i]) ? hanNumeralEnd(from: i) : nil
        guard unitMayFollow(i, hanEnd: hanEnd) else { return nil }
        // 两点四十五分, 下午两点: a clock time when an hour mark follows the numeral.
        if let hanEnd, hanEnd > i, hanEnd < n, words.hourMarks.match(at: hanEnd, in: s) != nil, let clock = clockAlone(at: i) {
            return clock
        }
        // 二〇二三年, 一九九七年
        if let year = hanYear(at: i), let t = trail(at: year.end), t.roles.contains(.year) {
            return .found(yearFound(year.year, start: i, end: t.end))
        }
        guard let amount = amount(at: i) else {
            if let numeral = language.reader.read(at: i, in: s) { return .skip(numeral.end) }
            return nil
        }
        if ScalarClass.isHan(s[i]), amount.value == amount.value.rounded(), !amount.isVague, let t = trail(at: amount.end) {
            let v = Int(amount.value)
            // 十月, 二月份, 十月二十八日
            if t.roles.contains(.month), (1...12).contains(v) {
                let period = monthThen(v, after: t.end)
                if let found = calendar(i, period.end, .implied, period.period) { return .found(extendDay(found)) }
            }
            if t.roles.contains(.day), (1...31).contains(v), !yenAfter(t.end), !rankBefore(i), !withinAfter(t.end) {
                return .found(extendDay(DateFound(i, t.end, .dayOfMonth(v)), anyDay: true))
            }
        }
        return duration(amount) ?? .skip(amount.end)
    }

    /// An amount at `k`: a numeral (Arabic, Han, words, vague), 十 alone, or an article (a, an).
    func amount(at k: Int) -> TimeAmount? {
        guard k < n else { return nil }
        if let numeral = language.reader.read(at: k, in: s) {
            guard !numeral.isScaled else { return nil }
            return TimeAmount(value: numeral.value, low: numeral.low, high: numeral.high, start: k, end: numeral.end,
                              isVague: numeral.isVague, isWord: numeral.form != .digits)
        }
        if lexicon.hanUnits[s[k]] == 10 { return TimeAmount(value: 10, low: 10, high: 10, start: k, end: k + 1, isVague: false, isWord: true) }
        if let article = words.articles.match(at: k, in: s) {
            return TimeAmount(value: 1, low: 1, high: 1, start: k, end: article.end, isVague: false, isWord: true)
        }
        return nil
    }

    /// The unit of time after an amount: 年, 个月, tháng, years, six-year (with a hyphen).
    func unitAfter(_ end: Int) -> (unit: String, start: Int, end: Int, classifier: Bool)? {
        var u = end
        if isSpace(u) {
            u += 1
        } else if u + 1 < n, s[u] == "-", ScalarClass.isLetter(s[u + 1]) {
            u += 1
        }
        var classifier = false
        if let c = lexicon.classifiers.match(at: u, in: s), lexicon.timeUnits.match(at: skipSpaceBeforeHan(c.end), in: s) != nil {
            u = skipSpaceBeforeHan(c.end)
            classifier = true
        }
        guard let unit = lexicon.timeUnits.match(at: u, in: s) else { return nil }
        return (unit.value, u, unit.end, classifier)
    }

    /// An amount followed by a unit of time: a duration (四年, 12个月, for six years), or a date
    /// in the past when "ago" follows (5个月前, five months ago).
    func duration(_ amount: TimeAmount) -> DateOutcome? {
        var numberEnd = amount.end
        var hedge: Hedge?
        // 三十多年, 10余年: a hedge between the number and the unit.
        if numberEnd < n, ScalarClass.isHan(s[numberEnd]), let h = lexicon.hedgesAfter.match(at: numberEnd, in: s),
           lexicon.timeUnits.match(at: h.end, in: s) != nil || lexicon.classifiers.match(at: h.end, in: s) != nil {
            hedge = h.value
            numberEnd = h.end
        }
        guard let unit = unitAfter(numberEnd) else { return nil }
        let isArticle = words.articles.match(at: amount.start, in: s)?.end == amount.end
        // 7月 and 28日 without a measure word are calendar dates, read before.
        if !unit.classifier, let t = trail(at: unit.start), t.end == unit.end, t.roles.contains(.month) || t.roles.contains(.day),
           !withinAfter(t.end) {
            return .skip(unit.end)
        }
        // 三年级, 年薪, years old: not a stretch of time.
        var blocker = unit.end
        if isSpace(blocker) || (blocker < n && s[blocker] == "-") { blocker += 1 }
        if words.unitBlockers.match(at: unit.end, in: s) != nil || (blocker > unit.end && words.unitBlockers.match(at: blocker, in: s) != nil) {
            return .skip(unit.end)
        }
        // lúc mười giờ, 3 giờ chiều: a clock time, not read as one (clock times are read before;
        // a cue that is also a hedge, khoảng, may stand before an amount of time).
        if unit.unit == "hour", words.hourMarks.match(at: unit.start, in: s)?.end == unit.end,
           clockCueBefore(amount.start) || words.dayPartsAfter.match(at: skipSpaces(unit.end), in: s) != nil {
            return .skip(unit.end)
        }
        if rankBefore(amount.start) || distributiveBefore(amount.start) { return .skip(unit.end) }
        // 关键的一年, 这一年: "a crucial year", "that year".
        if amount.isWord, amount.value == 1, hasCue(words.oneAsArticle, before: amount.start) { return .skip(unit.end) }
        var end = unit.end
        if hedge == nil, end < n, ScalarClass.isHan(s[end]), let h = lexicon.hedgesAfter.match(at: end, in: s) {
            hedge = h.value
            end = h.end
        }
        // 5个月前, 5 tháng trước, five months ago: a date. On a line of its own it is the page's
        // timestamp ("7 hours ago"), not the story's.
        let agoAt = ScalarClass.isHan(s[unit.end - 1]) ? unit.end : skipSpaces(unit.end)
        if !amount.isVague, let ago = words.ago.match(at: agoAt, in: s), !blockedAfter(ago.end) {
            if timestampLine(start: amount.start, end: ago.end) { return .skip(ago.end) }
            return .found(DateFound(amount.start, ago.end, .ago(amount.value, unit: unit.unit)))
        }
        let lead = durationLead(before: amount.start)
        if isArticle {
            // "a year" counts only as "a year later" or "for a year".
            let later = words.later.match(at: skipSpaces(end), in: s) != nil && isSpace(end)
            guard later || lead.prefixed else { return .skip(unit.end) }
        } else if amount.isWord, amount.value == 1, unit.unit == "day", !lead.prefixed {
            // 一天, một ngày, one day: usually the idiom, not a length of time.
            return .skip(unit.end)
        }
        hedge = hedge ?? lead.hedge
        if amount.isVague { hedge = hedge ?? .vague }
        var low = amount.low, high = amount.high
        if let hedge, hedge != .vague {
            low = hedge.interval(for: amount.low).low
            high = hedge.interval(for: amount.high).high
        }
        let value = NormalizedValue(display: Self.durationDisplay(amount, unit: unit.unit, hedge: hedge),
                                    number: amount.isVague ? nil : amount.value,
                                    low: low == high ? nil : low, high: low == high ? nil : high,
                                    unit: unit.unit, hedge: hedge?.rawValue)
        return .found(DateFound(lead.start, end, duration: value))
    }

    /// A clock cue before an amount that is not also a hedge: lúc, at (not khoảng).
    func clockCueBefore(_ start: Int) -> Bool {
        let b = skipBack(start)
        guard let cue = words.clockCues.match(endingAt: b, in: s) else { return false }
        return lexicon.hedgesBefore.match(endingAt: b, in: s)?.start != cue.start
    }

    /// A hedge and a duration word before an amount: 过去, trong, for, over the past, 超过, hơn.
    func durationLead(before start: Int) -> (start: Int, hedge: Hedge?, prefixed: Bool) {
        var spanStart = start
        var hedge: Hedge?
        var b = skipBack(start)
        if let h = lexicon.hedgesBefore.match(endingAt: b, in: s) {
            hedge = h.value
            spanStart = h.start
            b = skipBack(h.start)
        }
        if let prefix = words.durationPrefixes.match(endingAt: b, in: s) { return (prefix.start, hedge, true) }
        return (spanStart, hedge, false)
    }

    /// "7 hours ago" on a line with no sentence around it: the page's timestamp.
    func timestampLine(start: Int, end: Int) -> Bool {
        var a = start
        while a > 0, !ScalarClass.isNewline(s[a - 1]) { a -= 1 }
        var b = end
        while b < n, !ScalarClass.isNewline(s[b]) { b += 1 }
        var letters = 0
        for k in Array(a..<start) + Array(end..<b) {
            let c = s[k]
            if "，。,.!?！？;；".unicodeScalars.contains(c) { return false }
            if ScalarClass.isLetter(c) || ScalarClass.isHan(c) { letters += 1 }
        }
        return letters <= 12
    }

    // MARK: - Display

    static func durationDisplay(_ amount: TimeAmount, unit: String, hedge: Hedge?) -> String {
        func number(_ value: Double) -> String {
            let rounded = (value * 1000).rounded() / 1000
            if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
            var text = String(format: "%.3f", rounded)
            while text.hasSuffix("0") { text.removeLast() }
            return text
        }
        let plural = amount.isVague || amount.value != 1
        var text = amount.isVague ? "\(number(amount.low))–\(number(amount.high))" : number(amount.value)
        text += " " + unit + (plural ? "s" : "")
        switch hedge {
        case .moreThan?: return "> " + text
        case .atLeast?: return "≥ " + text
        case .about?: return "~" + text
        case .lessThan?: return "< " + text
        case .upTo?: return "≤ " + text
        case .vague?, nil: return text
        }
    }
}
