import Foundation
import ClaimsTestSupport
import Testing

/// A text file read the way the contract counts offsets: UTF-8, a leading BOM removed, indexed by
/// Unicode scalar (as Python's `str` is).
struct CodePoints {
    let scalars: [Unicode.Scalar]

    init(contentsOf url: URL) throws {
        var data = try Data(contentsOf: url)
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ClaimsRunError(description: "\(url.path) is not UTF-8")
        }
        scalars = Array(text.unicodeScalars)
    }

    subscript(range: Range<Int>) -> String? {
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The scalar ranges of the lines (without their line break) for which `matches` holds.
    func lineRanges(where matches: (String) -> Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            if let line = self[start..<index], matches(line) { ranges.append(start..<index) }
            start = index + 1
        }
        return ranges
    }
}
