import Foundation
import Yams

/// Strict reading of the value lexicons: a key no reader knows (a misspelt `more_thn:`, a
/// `dates: {ago_befor: …}`) and a name outside the readers' vocabulary (a hedge, a unit of time, a
/// season, a part, a half or quarter) are errors that name the key, instead of words silently
/// left unread.
extension ValueLexicons {
    /// The file parsed once and decoded from its node tree; a key no reader read is an error.
    static func decodeStrictly(_ text: String) throws -> (File, [String]) {
        guard let node = try Yams.compose(yaml: text) else { return (try YAMLDecoder().decode(File.self, from: text), []) }
        let file = try YAMLDecoder().decode(File.self, from: node)
        return (file, problems(in: node, file: file))
    }

    /// What is wrong with a decoded file, as "path: problem" lines; empty when nothing is.
    static func problems(in source: Node, file: File) -> [String] {
        var problems: [String] = []
        // Keys: the decoded file written back holds every key it read; a key of the source it
        // lacks was not read. Written back as JSON, the cheapest encoder at hand.
        if let encoded = try? JSONEncoder().encode(file), let written = try? JSONSerialization.jsonObject(with: encoded) {
            unknownKeys(source, written, path: "", into: &problems)
        }
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

    /// Keys of `source` mappings that `written` lacks, with their path; null values are no keys.
    static func unknownKeys(_ source: Node, _ written: Any, path: String, into problems: inout [String]) {
        if let mapping = source.mapping {
            let other = written as? [String: Any] ?? [:]
            for (keyNode, value) in mapping.sorted(by: { ($0.key.string ?? "") < ($1.key.string ?? "") }) {
                if value.null != nil { continue }
                let key = keyNode.string ?? String(describing: keyNode)
                let here = path.isEmpty ? key : path + "." + key
                guard let match = other[key] else {
                    problems.append("\(here): unknown key")
                    continue
                }
                unknownKeys(value, match, path: here, into: &problems)
            }
        } else if let list = source.sequence, let other = written as? [Any] {
            for (index, item) in list.enumerated() where index < other.count {
                unknownKeys(item, other[index], path: "\(path)[\(index)]", into: &problems)
            }
        }
    }
}
