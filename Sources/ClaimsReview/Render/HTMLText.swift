import Mustache

/// Escaping for HTML and SVG, one Unicode scalar at a time. Everything a source says passes
/// through here: directly where SVG is built, and through every template's `{{ }}`. Escaping by
/// Character would let a quote followed by a combining mark (one Character) through unescaped
/// and out of an attribute.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in HTML or XML text.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t" { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

/// The templates' content type: `{{ }}` escapes through `HTMLText.escape`.
struct ScalarHTML: MustacheContentType {
    static let name = "CLAIMS_HTML"

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}
