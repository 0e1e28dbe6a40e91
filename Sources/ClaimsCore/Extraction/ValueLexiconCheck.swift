import Foundation
import Yams

/// Strict reading of the value lexicons: a key no reader knows (a misspelt `more_thn:`, a
/// `dates: {ago_befor: …}`) and a name outside the readers' vocabulary (a hedge, a unit of time, a
/// season, a part, a half or quarter) are errors that name the key, instead of words silently
/// left unread.
extension ValueLexicons {
    /// What is wrong with a decoded file, as "path: problem" lines; empty when nothing is.
    static func problems(in text: String, file: File) -> [String] {
        var problems: [String] = []
        // Keys: the decoded file written back holds every key it read; a key of the source it
        // lacks was not read.
        if let source = try? Yams.load(yaml: text), let encoded = try? YAMLEncoder().encode(file),
           let written = try? Yams.load(yaml: encoded) {
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
        if let dates = file.dates {
            let parts = Set(DatePart.allCases.map(\.rawValue))
            check(dates.seasons.map { Array($0.keys) }, Set(Season.allCases.map(\.rawValue)), "dates.seasons")
            check(dates.partsBefore.map { Array($0.keys) }, parts, "dates.parts_before")
            check(dates.partsAfter.map { Array($0.keys) }, parts, "dates.parts_after")
            check(dates.yearParts.map { Array($0.keys) }, parts, "dates.year_parts")
            check(dates.halves.map { Array($0.keys) }, ["first", "second"], "dates.halves")
            check(dates.quarters.map { Array($0.keys) }, ["q1", "q2", "q3", "q4"], "dates.quarters")
            check(dates.alone, ["quarters", "halves"], "dates.alone")
            check(dates.numericOrder.map { [$0] }, ["dmy", "mdy"], "dates.numeric_order")
        }
        return problems
    }

    /// Keys of `source` mappings that `written` lacks, with their path; null values are no keys.
    static func unknownKeys(_ source: Any, _ written: Any, path: String, into problems: inout [String]) {
        if let mapping = source as? [AnyHashable: Any] {
            let other = written as? [AnyHashable: Any] ?? [:]
            let keys = Dictionary(other.map { (String(describing: $0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
            for (rawKey, value) in mapping.sorted(by: { String(describing: $0.key) < String(describing: $1.key) }) {
                if value is NSNull { continue }
                let key = String(describing: rawKey)
                let here = path.isEmpty ? key : path + "." + key
                guard let match = keys[key] else {
                    problems.append("\(here): unknown key")
                    continue
                }
                unknownKeys(value, match, path: here, into: &problems)
            }
        } else if let list = source as? [Any], let other = written as? [Any] {
            for (index, item) in list.enumerated() where index < other.count {
                unknownKeys(item, other[index], path: "\(path)[\(index)]", into: &problems)
            }
        }
    }
}
