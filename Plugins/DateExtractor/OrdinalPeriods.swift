import ClaimsCore

/// A week or a month of a year by its ordinal: "the 3rd week of 2018" (its ISO week, Monday to
/// Sunday), "the third month of 2021" (March). The words are the lexicon's
/// `markers.week_after_ordinal` and `markers.month_after_ordinal`; the year must be written
/// ("of 2018", "of last year"): "the third week" alone says of what only in its context.
extension DateScanner {
    func ordinalPeriod(week: Bool, start: Int, end: Int) -> DateFound? {
        guard let ordinal = ordinal(endingAt: skipBack(start), in: week ? 1...53 : 1...12), ordinal.n > 0,
              let after = yearAfter(end, marker: false) else { return nil }
        let year: Int
        switch after.year {
        case .absolute(let v): year = v
        case .relative(let r):
            guard let published = resolver.published else { return nil }
            year = published.year + r
        case .implied: return nil
        }
        if week { return isoWeek(ordinal.n, of: year, start: ordinal.start, end: after.end) }
        return DateFound(ordinal.start, after.end, .calendar(.absolute(year), .month(ordinal.n)))
    }
}
