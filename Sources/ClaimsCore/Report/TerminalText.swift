/// Column widths as a terminal shows them: East Asian wide characters take two cells,
/// combining marks none.
public enum TerminalText {
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if (0x0300...0x036F).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v)
            || (0x20D0...0x20FF).contains(v) || (0xFE20...0xFE2F).contains(v) || v == 0x200B || v == 0xFEFF {
            return 0
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// Text from a source made inert for a terminal: control characters (C0, DEL, C1, so ESC
    /// sequences, carriage returns and backspaces) and bidirectional overrides and isolates are
    /// shown as `<U+001B>` instead of acting on the screen. With `keepingLines`, line feeds and
    /// tabs stay (a whole table's text, whose lines are its own).
    public static func inert(_ text: String, keepingLines: Bool = false) -> String {
        // Most text has nothing to escape: one pass over its bytes says so, and it is returned as is.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }),
              text.unicodeScalars.contains(where: { needsEscape($0, keepingLines: keepingLines) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLines: keepingLines) {
                out.append(contentsOf: String(format: "<U+%04X>", scalar.value).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A scalar that acts on a terminal rather than showing: C0 and C1 controls, DEL, and the
    /// bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069).
    @inline(__always)
    static func needsEscape(_ scalar: Unicode.Scalar, keepingLines: Bool) -> Bool {
        let v = scalar.value
        if keepingLines, v == 0x0A || v == 0x09 { return false }
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    public static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// Cuts text to at most `limit` cells, marking the cut with an ellipsis; line breaks become
    /// spaces and other controls are made inert first, so the cut counts what is shown.
    public static func truncate(_ text: String, to limit: Int) -> String {
        let flat = inert(String(text.unicodeScalars.map { ScalarClass.isNewline($0) || $0 == "\t" ? " " : Character($0) }))
        if width(of: flat) <= limit { return flat }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in flat.unicodeScalars {
            let w = width(of: scalar)
            if used + w > limit - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }

    /// Text wrapped to lines of at most `width` cells, each starting with `indent` spaces: lines
    /// break at spaces, and inside a run without one (Chinese) where the width ends. Controls
    /// are made inert and line breaks become spaces first.
    public static func wrap(_ text: String, to columns: Int, indent: Int) -> [String] {
        let room = max(10, columns - indent)
        let lead = String(repeating: " ", count: indent)
        let flat = Array(inert(String(text.unicodeScalars.map { ScalarClass.isNewline($0) || $0 == "\t" ? " " : Character($0) })).unicodeScalars)
        var lines: [String] = []
        var start = 0
        while start < flat.count {
            // The longest run from `start` that fits, ended at its last space when it has one.
            var used = 0
            var end = start
            var lastSpace: Int?
            while end < flat.count {
                let w = Self.width(of: flat[end])
                if used + w > room { break }
                if flat[end] == " " { lastSpace = end }
                used += w
                end += 1
            }
            if end < flat.count, let space = lastSpace, space > start { end = space }
            if end == start { end += 1 }
            lines.append(lead + String(String.UnicodeScalarView(flat[start..<end])))
            start = end
            while start < flat.count, flat[start] == " " { start += 1 }
        }
        return lines.isEmpty ? [lead] : lines
    }

    public static func pad(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - width(of: text)))
    }

    /// The text around a span, with the span marked by ⟦ ⟧, cut to fit `limit` cells.
    public static func highlight(quote: String, quoteStart: Int, span: TextSpan, limit: Int) -> String {
        let scalars = Array(quote.unicodeScalars)
        let a = max(0, min(scalars.count, span.start - quoteStart))
        let b = max(a, min(scalars.count, span.end - quoteStart))
        let before = String(scalars: scalars[..<a])
        let inside = String(scalars: scalars[a..<b])
        let after = String(scalars: scalars[b...])
        let marked = "⟦" + inside + "⟧"
        let room = max(8, limit - width(of: marked))
        // Keep context on both sides, more after than before.
        var left = before
        var right = after
        let leftRoom = room / 3
        if width(of: left) > leftRoom {
            let kept = Array(left.unicodeScalars)
            var w = 0
            var i = kept.count
            while i > 0, w + width(of: kept[i - 1]) <= leftRoom - 1 {
                w += width(of: kept[i - 1])
                i -= 1
            }
            left = "…" + String(scalars: kept[i...])
        }
        right = truncate(right, to: max(1, room - width(of: left)))
        return truncate(left, to: limit) + marked + right
    }
}
