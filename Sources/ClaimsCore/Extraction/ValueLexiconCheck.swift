import Foundation

/// Strict reading of the value lexicons: a key no reader knows (a misspelt `more_thn:`, a
/// `dates: {ago_befor: …}`) and a name outside the readers' vocabulary (a hedge, a unit of time, a
/// season, a part, a half or quarter) are errors that name the key, instead of words silently
/// left unread.
extension ValueLexicons {
    /// The file parsed once and decoded from its node tree; a key no reader read is an error.
    static func decodeStrictly(_ text: String) throws -> (File, [String]) {
        let (file, unread) = try YAMLNodeDecoder.decode(File.self, from: text)
        return (file, unread.map { "\($0): unknown key" } + problems(in: file))
    }

    /// What is wrong with the names of a decoded file, as "path: problem" lines; empty when nothing is.
    static func problems(in file: File) -> [String] {
        var problems: [String] = []
        func check(_ keys: [String]?, _ known: Set<String>, _ path: String) {
            for key in (keys ?? []).sorted() where !known.contains(key) {
                problems.append("\(path).\(key): unknown name (expected one of: \(known.sorted().joined(separator: ", ")))")
            }
        }
        let hedges = Set(Hedge.allCases.filter { $0 != .vague }.map { $0.rawValue.replacingOccurrences(of: " ", with: "_") })
        check(file.hedges.map { Array($0.keys) }, hedges.union(hedges.map { $0 + "_after" }), "hedges")
        check(file.timeUnits.map { Array($0.keys) }, Set(DateResolver.unitDays.keys), "time_units")
        // A minor unit belongs to a currency the file names, or to any.
        check(file.minorUnits.map { Array($0.keys) }, Set((file.currencies ?? [:]).keys).union(["any"]), "minor_units")
        // A standalone word must be one of the file's number words.
        if let numerals = file.numerals {
            check(numerals.standalone, Set((numerals.words ?? [:]).keys), "numerals.standalone")
        }
        if let dates = file.dates {
            let parts = Set(DatePart.allCases.map(\.rawValue))
            check(dates.seasons.map { Array($0.keys) }, Set(Season.allCases.map(\.rawValue)), "dates.seasons")
            check(dates.partsBefore.map { Array($0.keys) }, parts, "dates.parts_before")
            check(dates.partsAfter.map { Array($0.keys) }, parts, "dates.parts_after")
            check(dates.yearParts.map { Array($0.keys) }, parts, "dates.year_parts")
            check(dates.monthParts.map { Array($0.keys) }, parts, "dates.month_parts")
            check(dates.halves.map { Array($0.keys) }, ["first", "second"], "dates.halves")
            check(dates.quarters.map { Array($0.keys) }, ["q1", "q2", "q3", "q4"], "dates.quarters")
            check(dates.alone, ["quarters", "halves"], "dates.alone")
            check(dates.numericOrder.map { [$0] }, ["dmy", "mdy"], "dates.numeric_order")
        }
        return problems
    }
}
