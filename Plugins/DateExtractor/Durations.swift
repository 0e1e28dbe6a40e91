import ClaimsCore
import Foundation

/// Han numerals, number words and articles before a unit of time: durations (四年, 12个月,
/// trong một tháng, for six years) and their display.
extension DateScanner {
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
        while k < n, lexicon.hanDigits[s[k]] != nil || lexicon.hanUnits[s[k]] != nil || lexicon.hanTens[s[k]] != nil { k += 1 }
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
        // 零八年, 〇八年: a year by its last two digits, the first a zero (no count of years
        // starts with one).
        if i + 2 < n, lexicon.hanDigits[s[i]] == 0, let d = lexicon.hanDigits[s[i + 1]], d >= 1, d < 10, s[i + 1] != "两", s[i + 1] != "兩",
           lexicon.hanDigits[s[i + 2]] == nil, let t = trail(at: i + 2), t.roles.contains(.year) {
            return .found(yearFound(2000 + Int(d), start: i, end: t.end))
        }
        guard let amount = amount(at: i) else {
            if let numeral = language.reader.read(at: i, in: s) { return .skip(numeral.end) }
            return nil
        }
        // twenty five January nineteen eighty six: a day in words before a month, with a year
        // after it or a cue before it.
        if !ScalarClass.isHan(s[i]), amount.isWord, amount.value == amount.value.rounded(), !amount.isVague, (1...31).contains(Int(amount.value)),
           let found = dayBeforeMonth(Int(amount.value), start: i, end: amount.end) {
            if case .calendar(.absolute, _)? = found.expression { return .found(found) }
            if hasCue(words.dayCues, before: i) { return .found(found) }
        }
        if ScalarClass.isHan(s[i]), amount.value == amount.value.rounded(), !amount.isVague, let t = trail(at: amount.end) {
            let v = Int(amount.value)
            // 十月, 二月份, 十月二十八日
            if t.roles.contains(.month), (1...12).contains(v) {
                let period = monthThen(v, after: t.end)
                if let found = calendar(i, period.end, .implied, period.period) { return .found(extendDay(found)) }
            }
            if t.roles.contains(.century), (1...30).contains(v) { return .found(centuryFound(v, start: i, end: t.end)) }
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
            return TimeAmount(value: numeral.value, low: numeral.low, high: numeral.high, start: min(k, numeral.start), end: numeral.end,
                              isVague: numeral.isVague, isWord: numeral.form != .digits)
        }
        if lexicon.hanUnits[s[k]] == 10 { return TimeAmount(value: 10, low: 10, high: 10, start: k, end: k + 1, isVague: false, isWord: true) }
        if let article = words.articles.match(at: k, in: s) {
            return TimeAmount(value: 1, low: 1, high: 1, start: k, end: article.end, isVague: false, isWord: true)
        }
        return nil
    }

    /// The unit of time after an amount: 年, 个月, tháng, years, six-year (with a hyphen).
    func unitAfter(_ end: Int) -> (unit: String, start: Int, end: Int, classifier: Bool, half: Bool)? {
        var u = end
        if isSpace(u) {
            u += 1
        } else if u + 1 < n, s[u] == "-", ScalarClass.isLetter(s[u + 1]) {
            u += 1
        }
        var classifier = false
        var half = false
        if let c = lexicon.classifiers.match(at: u, in: s) {
            var k = skipSpaceBeforeHan(c.end)
            // 三个半月: a half between the measure word and the unit.
            if let h = words.halfAfterUnit.match(at: k, in: s), lexicon.timeUnits.match(at: h.end, in: s) != nil { (k, half) = (h.end, true) }
            if lexicon.timeUnits.match(at: k, in: s) != nil { (u, classifier) = (k, true) } else { half = false }
        }
        guard let unit = lexicon.timeUnits.match(at: u, in: s) else { return nil }
        // 两年半, 2 năm rưỡi: a half after the unit.
        var end = unit.end
        if !half, let h = words.halfAfterUnit.match(at: skipSpaces(end), in: s),
           h.end >= n || !ScalarClass.isLetter(s[h.end]) || ScalarClass.isHan(s[h.end]) && lexicon.timeUnits.match(at: h.end, in: s) == nil {
            (end, half) = (h.end, true)
        }
        return (unit.value, u, end, classifier, half)
    }

    /// "only 3 next week": the span word and the unit are a date of their own (next week), not
    /// "5 upcoming months".
    func relativePhrase(at k: Int, end: Int) -> Bool {
        guard let lead = words.lead.match(at: k, in: s), lead.end == end else { return false }
        return lead.value.contains { role in
            switch role {
            case .relativeWeek, .relativeMonth, .relativeYear, .relativeQuarter, .relativeDay, .guardedDay: true
            default: false
            }
        }
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
        // "5 upcoming months": a span word between the amount and its unit.
        var spanBetween: Int?
        var unitRead = unitAfter(numberEnd)
        if unitRead == nil, hedge == nil, isSpace(numberEnd), let word = words.spans.match(at: numberEnd + 1, in: s), let unit = unitAfter(word.end),
           !relativePhrase(at: numberEnd + 1, end: unit.end) {
            (spanBetween, unitRead) = (word.value, unit)
        }
        guard let unit = unitRead else { return nil }
        // 两年半, 2 năm rưỡi, 三个半月: and a half.
        var amount = amount
        if unit.half { (amount.value, amount.low, amount.high) = (amount.value + 0.5, amount.low + 0.5, amount.high + 0.5) }
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
        // 2 years and 6 months, 2 năm 6 tháng, 两年零六个月: one amount told in parts.
        var parts = hedge == nil && !amount.isVague ? moreParts(after: end, largest: unit.unit) : []
        // "for the last 3 months and 2 days ago they found it": a stretch of time, then a date.
        if let last = parts.last, words.ago.match(at: skipSpaces(last.end), in: s) != nil, durationLead(before: amount.start).prefixed { parts = [] }
        let unitEnd = parts.last?.end ?? unit.end
        // 5个月前, 5 tháng trước, five months ago: a date. On a line of its own it is the page's
        // timestamp ("7 hours ago"), not the story's.
        let agoAt = ScalarClass.isHan(s[unitEnd - 1]) ? unitEnd : skipSpaces(unitEnd)
        if !amount.isVague, let ago = words.ago.match(at: agoAt, in: s), !blockedAfter(ago.end),
           let total = Self.exactTotal(amount.value, unit: unit.unit, parts: parts) {
            if timestampLine(start: amount.start, end: ago.end) { return .skip(ago.end) }
            return .found(DateFound(amount.start, ago.end, .ago(total.value, unit: total.unit)))
        }
        if !parts.isEmpty {
            // In the largest unit: 2 years 6 months is 2.5 years.
            let total = parts.reduce(amount.value) { $0 + $1.value * (DateResolver.unitDays[$1.unit] ?? 1) / (DateResolver.unitDays[unit.unit] ?? 1) }
            let lead = durationLead(before: amount.start)
            let display = ([Self.durationDisplay(amount, unit: unit.unit, hedge: nil)] + parts.map { part in
                Self.durationDisplay(TimeAmount(value: part.value, low: part.value, high: part.value, start: 0, end: 0, isVague: false, isWord: false),
                                     unit: part.unit, hedge: nil)
            }).joined(separator: " ")
            let value = NormalizedValue(display: display, number: total, unit: unit.unit)
            return .found(DateFound(lead.start, unitEnd, duration: value))
        }
        // three weeks from tomorrow, 5 days before new year: a day counted from another date.
        if hedge == nil, let day = shifted(amount, unit: unit.unit, end: end) { return .found(day) }
        // the first six months of 2023, 9 tháng đầu năm nay, 2023年前6个月: the first or last
        // units of a year or a month.
        if hedge == nil, let part = periodEnd(amount, unit: unit.unit, end: end) { return .found(part) }
        // the next five years, the previous three quarters: the stretch of days they name.
        if hedge == nil, let (sign, start) = spanBetween.map({ ($0, amount.start) }) ?? spanWord(before: amount.start),
           let count = Self.wholeCount(amount), Self.spanUnits.contains(unit.unit) {
            var found = DateFound(start, end, .following(sign * count, unit: unit.unit))
            found.counted = true
            return .found(found)
        }
        // "will be back in two days", "sẽ về 3 ngày nữa": a day counted from publication.
        if hedge == nil, let day = futureOffset(amount, unit: unit.unit, end: end) { return .found(day) }
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

    /// The smaller parts that follow an amount of time: " and 6 months", " 6 tháng", "零六个月",
    /// each in a smaller unit than the one before, each a whole number.
    func moreParts(after end: Int, largest: String) -> [(value: Double, unit: String, end: Int)] {
        var parts: [(value: Double, unit: String, end: Int)] = []
        var last = largest
        var k = end
        while k < n, parts.count < 3 {
            // No comma: "12个月，两周，三个月" is a list of three.
            var j = skipSpaces(k)
            if let joiner = words.durationJoiners.match(at: j, in: s) { j = skipSpaces(joiner.end) }
            guard j > k || ScalarClass.isHan(s[k - 1]), j < n, words.articles.match(at: j, in: s) == nil,
                  let part = amount(at: j), !part.isVague, part.value >= 1, part.value == part.value.rounded(),
                  let next = unitAfter(part.end), !next.classifier || ScalarClass.isHan(s[next.start]),
                  let size = DateResolver.unitDays[next.unit], size < (DateResolver.unitDays[last] ?? 0) else { break }
            parts.append((part.value, next.unit, next.end))
            last = next.unit
            k = next.end
        }
        return parts
    }

    /// An amount told in parts as one whole number of its smallest unit, where the units convert
    /// exactly (weeks and days; decades, years, quarters and months): 2 weeks and 2 days is 16
    /// days. Nil where they do not (a year and a day). Without parts, the amount itself.
    static func exactTotal(_ value: Double, unit: String, parts: [(value: Double, unit: String, end: Int)]) -> (value: Double, unit: String)? {
        guard let smallest = parts.last?.unit else { return (value, unit) }
        let days: [String: Double] = ["week": 7, "day": 1]
        let months: [String: Double] = ["decade": 120, "year": 12, "quarter": 3, "month": 1]
        for family in [days, months] {
            guard let base = family[smallest], let first = family[unit], parts.allSatisfy({ family[$0.unit] != nil }) else { continue }
            let total = parts.reduce(value * first) { $0 + $1.value * family[$1.unit]! }
            return (total / base, smallest)
        }
        return nil
    }

    /// Units a span word counts in: a stretch of days, not of hours.
    static let spanUnits: Set<String> = ["day", "week", "month", "quarter", "year", "decade"]

    /// An amount that is a whole number of units, 1 to 1,000, or nil.
    static func wholeCount(_ amount: TimeAmount) -> Int? {
        guard !amount.isVague, amount.value == amount.value.rounded(), amount.value >= 1, amount.value <= 1000 else { return nil }
        return Int(amount.value)
    }

    /// An amount of time after "in" or before "nữa" in a sentence about what will happen: the day,
    /// month or year it comes to from publication ("will be back in two days", "in a week").
    func futureOffset(_ amount: TimeAmount, unit: String, end: Int) -> DateFound? {
        guard let count = Self.wholeCount(amount) else { return nil }
        var (start, stop) = (amount.start, end)
        let b = skipBack(amount.start)
        if b < amount.start, let cue = words.futureOffsetBefore.match(endingAt: b, in: s), cue.start == 0 || !ScalarClass.isLetter(s[cue.start - 1]) {
            start = cue.start
        } else if end < n, let cue = words.futureOffsetAfter.match(at: skipSpaces(end), in: s),
                  ScalarClass.isHan(s[skipSpaces(end)]) || isSpace(end) && (cue.end >= n || !ScalarClass.isLetter(s[cue.end])) {
            stop = cue.end
        } else {
            return nil
        }
        let expression: DateExpression
        switch unit {
        case "day": expression = .dayOffset(count)
        case "week": expression = .dayOffset(7 * count)
        case "month": expression = .monthOffset(count, nil, nil)
        case "year": expression = .calendar(.relative(count), .year)
        default: return nil
        }
        guard futureSentence(around: start, stop) else { return nil }
        var found = DateFound(start, stop, expression)
        found.counted = true
        return found
    }

    /// The span word right before an amount ("next", "previous", "未来"), with its sign and start.
    func spanWord(before start: Int) -> (Int, Int)? {
        guard let word = words.spans.match(endingAt: skipBack(start), in: s) else { return nil }
        return (word.value, word.start)
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
