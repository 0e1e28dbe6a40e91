import ClaimsCore

/// Centuries and the decades of one: "the 19th century", 19世纪, 十九世纪七十年代, 上世纪80年代,
/// thế kỷ 19, last century. A century is the hundred years its number names as most people
/// count them (the 19th: 1800–1899). The words are the lexicon's `markers.century_after`,
/// `markers.century_before` and `relative.century`.
extension DateScanner {
    /// The century numbered `number`, from `start` to `end`, or a decade of it written right after.
    func centuryFound(_ number: Int, start: Int, end: Int) -> DateFound {
        centuryFound(firstYear: (number - 1) * 100, start: start, end: end)
    }

    func centuryFound(firstYear base: Int, start: Int, end: Int) -> DateFound {
        if let decade = decadeOfCentury(after: end) {
            return DateFound(start, decade.end, .calendar(.absolute(base + decade.value), .decade))
        }
        return DateFound(start, end, .calendar(.absolute(base), .century))
    }

    /// 七十年代, 70年代, 的80年代 right after a century: its decade.
    func decadeOfCentury(after end: Int) -> (value: Int, end: Int)? {
        var k = skipSpaceBeforeHan(end)
        if k < n, s[k] == "的" { k += 1 }
        guard let d = small(at: k), d.value % 10 == 0, let t = trail(at: skipSpaceBeforeHan(d.end)), t.roles.contains(.decade) else { return nil }
        return (d.value, t.end)
    }

    /// thế kỷ 19: a century by the number after its word.
    func centuryAfterWord(start: Int, end: Int) -> DateFound? {
        let k = skipSpaces(end)
        guard k > end, let c = arabic(at: k, max: 2), (1...30).contains(c.value), !glued(c.end) else { return nil }
        return centuryFound(c.value, start: start, end: c.end)
    }

    /// 上世纪, last century: centuries from the publication date's.
    func relativeCentury(_ k: Int, start: Int, end: Int) -> DateFound? {
        guard let published = resolver.published else { return nil }
        return centuryFound(firstYear: (published.year / 100 + k) * 100, start: start, end: end)
    }
}
