import ClaimsCore

/// Years after a period and periods after a year: "năm 2023", "of last year", 2023年7月, 3月初,
/// 年初, đầu năm 2024, the first half of September.
extension DateScanner {
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
        if let y = wordYear(at: k) { return (.absolute(y.value), y.end) }
        return nil
    }

    /// A year in words after a month, a day or a cue: "two thousand and five", "seventeen hundred
    /// thirty three", and its two halves said apart, "nineteen eighty six", "twenty twenty-one".
    func wordYear(at k: Int) -> (value: Int, end: Int)? {
        func whole(at j: Int) -> (value: Int, end: Int)? {
            guard j < n, ScalarClass.isLetter(s[j]), !ScalarClass.isHan(s[j]), let a = language.reader.read(at: j, in: s),
                  a.form == .words, !a.isVague, a.value == a.value.rounded(), a.value < 10_000 else { return nil }
            return (Int(a.value), a.end)
        }
        guard let a = whole(at: k) else { return nil }
        if (1000...2999).contains(a.value) { return a }
        guard (10...20).contains(a.value), isSpace(a.end), let b = whole(at: skipSpaces(a.end)), (10...99).contains(b.value) else { return nil }
        return (a.value * 100 + b.value, b.end)
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
        // 2018年 12月: after the year's own mark a space may come before the month's digits.
        let k = j > 0 && ScalarClass.isHan(s[j - 1]) && isSpace(j) && j + 1 < n && ScalarClass.digit(s[j + 1]) != nil ? j + 1 : skipSpaceBeforeHan(j)
        if let m = small(at: k), (1...12).contains(m.value), let t = trail(at: skipSpaceBeforeHan(m.end)), t.roles.contains(.month) {
            return monthThen(m.value, after: t.end)
        }
        if let part = partAfter(k) { return (.part(part.part), part.end) }
        // 明年第九个月, 2021年最后一个月: a month by its ordinal in the year.
        if let o = ordinal(at: k, in: 1...12), let t = trail(at: o.end), t.roles.contains(.month) {
            return (.month(o.n == -1 ? 12 : o.n), t.end)
        }
        // 今年年初: the year mark again before the part.
        if let t = trail(at: k), t.roles.contains(.year), let part = partAfter(t.end) { return (.part(part.part), part.end) }
        if let lead = words.lead.match(at: k, in: s), !digitContinues(lead.end) {
            for role in lead.value {
                switch role {
                case .half(let h): return (.half(h), lead.end)
                case .quarter(let q): return (.quarter(q), lead.end)
                case .season(let season): return (.season(season), lead.end)
                case .holiday(let m, let d): return (.day(m, d), lead.end) // 2019年国庆节, 去年圣诞节
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
    func withinAfter(_ e: Int) -> Bool { words.withinAfter.match(at: e, in: s) != nil }

    /// 日元 is yen: 100日元 is money, not the 100th (`dates.day_blockers`).
    func yenAfter(_ e: Int) -> Bool { words.dayBlockers.match(at: e, in: s) != nil }

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
    /// With `monthsOnly`, a year after it is not read (a half of a year is read as such).
    func partBefore(_ part: DatePart, start: Int, end: Int, monthsOnly: Bool = false) -> DateFound? {
        var k = end
        if s[end - 1] != "-" {
            guard isSpace(k) else { return nil }
            k = skipSpaces(k)
        }
        if !monthsOnly, let year = yearSpec(at: k, marker: true) { return DateFound(start, year.end, .calendar(year.year, .part(part))) }
        guard let lead = words.lead.match(at: k, in: s) else { return nil }
        for role in lead.value {
            switch role {
            case .month(let m, _) where capitalOK(k) || numberBeside(k, lead.end):
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

    /// The year of a quarter written without one (一季度, quý 2). Reports tell of quarters that
    /// have begun and of the coming one of the same year; a quarter of next year is named with
    /// its year (明年一季度). So: the publication year's when the quarter had begun by
    /// publication or comes right after it, else the year before ("一季度同比增长6.7%" in October
    /// is this year's first quarter, though next year's is nearer); in a sentence about what will
    /// happen, the next such quarter, as for weekdays. Without a publication month, left to the
    /// resolver (the nearest).
    func quarterYear(_ q: Int, start: Int, end: Int) -> DateYear {
        guard let published = resolver.published, let month = published.month else { return .implied }
        let current = (month - 1) / 3 + 1
        if futureSentence(around: start, end) { return .relative(q >= current ? 0 : 1) }
        return .relative(q <= current + 1 ? 0 : -1)
    }
}
