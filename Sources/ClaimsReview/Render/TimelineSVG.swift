import ClaimsCore
import Foundation

/// The dated claims of each source on one time axis, as an SVG drawing: one lane a source, each
/// date drawn over the interval it names (a year is a wide bar, a day a tick), disputed dates
/// marked. Everything taken from a source goes through `HTMLText.escape`.
struct TimelineSVG {
    var documents: [Document]
    var claims: [Claim]
    /// Claim id → the conflict it is disputed in, and whether that conflict is still open or confirmed.
    var disputed: [String: (conflict: String, live: Bool)]
    var link: (String) -> String
    var sourceLink: (String) -> String

    static let width = 960.0
    static let labelWidth = 190.0
    static let laneHeight = 30.0
    static let top = 28.0

    /// Dates outside these years (a misread number, a far forecast) would squeeze the rest into a
    /// sliver; they are left off the drawing, and a line under it says how many.
    static let earliestYear = 1900, latestYear = 2100

    func render() -> String {
        let low = Double(CalendarDays.from(year: Self.earliestYear, month: 1, day: 1))
        let high = Double(CalendarDays.from(year: Self.latestYear, month: 1, day: 1))
        var lanes: [(document: Document, dates: [Claim])] = []
        var left = 0
        for document in documents {
            let all = claims.filter { $0.sourceID == document.source.id && $0.kind == .date && $0.value.low != nil && $0.value.high != nil }
            let dates = all.filter { $0.value.low! >= low && $0.value.high! <= high }
            left += all.count - dates.count
            lanes.append((document, dates))
        }
        let note = left == 0 ? "" : "<p class=\"muted\">\(left) date(s) before \(Self.earliestYear) or after \(Self.latestYear) are not drawn.</p>"
        let all = lanes.flatMap(\.dates)
        guard let first = all.compactMap(\.value.low).min(), let last = all.compactMap(\.value.high).max() else {
            return "<p class=\"empty\">No dated claims to draw.</p>" + note
        }
        let firstYear = CalendarDays.civil(Int(first)).year
        let lastYear = CalendarDays.civil(Int(last) - 1).year + 1
        let start = Double(CalendarDays.from(year: firstYear, month: 1, day: 1))
        let end = Double(CalendarDays.from(year: lastYear, month: 1, day: 1))
        let plot = Self.width - Self.labelWidth - 16
        func x(_ day: Double) -> Double { Self.labelWidth + (day - start) / max(1, end - start) * plot }
        let height = Self.top + Double(lanes.count) * Self.laneHeight + 8

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" role=\"img\" aria-label=\"Dated claims per source\">"
        // Year ticks, thinned so no more than about a dozen are labelled.
        let span = lastYear - firstYear
        let step = max(1, Int((Double(span) / 12).rounded(.up)))
        var year = firstYear
        while year <= lastYear {
            let tx = Self.format(x(Double(CalendarDays.from(year: year, month: 1, day: 1))))
            svg += "<line class=\"tick\" x1=\"\(tx)\" y1=\"\(Int(Self.top - 6))\" x2=\"\(tx)\" y2=\"\(Int(height - 4))\"/>"
            svg += "<text class=\"year\" x=\"\(tx)\" y=\"14\" text-anchor=\"middle\">\(year)</text>"
            year += step
        }
        for (index, lane) in lanes.enumerated() {
            let y = Self.top + Double(index) * Self.laneHeight
            let label = HTMLText.escape(Self.fit(lane.document.source.title ?? lane.document.source.displayName, columns: 26))
            svg += "<a href=\"\(HTMLText.escape(sourceLink(lane.document.source.id)))\">"
            svg += "<text class=\"lane\" x=\"4\" y=\"\(Self.format(y + 19))\">\(label)<title>\(HTMLText.escape(lane.document.source.id))</title></text></a>"
            svg += "<line class=\"lane-rule\" x1=\"\(Int(Self.labelWidth))\" y1=\"\(Self.format(y + 15))\" x2=\"\(Int(Self.width - 12))\" y2=\"\(Self.format(y + 15))\"/>"
            // Wide intervals first, so a day inside a year stays visible on top of it.
            for claim in lane.dates.sorted(by: { ($0.value.high! - $0.value.low!) > ($1.value.high! - $1.value.low!) }) {
                let x0 = x(claim.value.low!), x1 = x(claim.value.high!)
                let w = max(4, x1 - x0)
                var mark = "date"
                var href: String?
                if let dispute = disputed[claim.id] {
                    mark = dispute.live ? "date disputed" : "date settled"
                    href = link(dispute.conflict)
                }
                let title = HTMLText.escape("\(claim.value.display) — \(claim.text): \(claim.quote)")
                let rect = "<rect class=\"\(mark)\" x=\"\(Self.format(x0 - (w - (x1 - x0)) / 2))\" y=\"\(Self.format(y + 7))\" width=\"\(Self.format(w))\" height=\"16\" rx=\"3\"><title>\(title)</title></rect>"
                svg += href.map { "<a href=\"\(HTMLText.escape($0))\">\(rect)</a>" } ?? rect
            }
        }
        svg += "</svg>"
        return svg + note
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A label cut to fit the label column: `columns` half-width cells (a CJK character takes
    /// two), with an ellipsis when cut.
    static func fit(_ text: String, columns: Int) -> String {
        guard TerminalText.width(of: text) > columns else { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let width = TerminalText.width(of: scalar)
            if used + width > columns - 1 { break }
            out.append(scalar)
            used += width
        }
        return String(out) + "…"
    }
}
