import Foundation

/// Human renderings of amounts: "> USD 10 billion", "49%", "~13 million lượt truy cập".
public enum QuantityFormat {
    public static func display(kind: MentionKind, numeral: Numeral, unit: String?, hedge: Hedge?) -> String {
        let amount = numeral.isVague || numeral.isRange ? range(numeral.low, numeral.high) : magnitude(numeral.value)
        var text: String
        switch kind {
        case .percentage: text = unit == "percentage points" ? "\(amount) percentage points" : "\(amount)%"
        case .money: text = unit.map { "\($0) \(amount)" } ?? amount
        case .count, .number: text = unit.map { "\(amount) \($0)" } ?? amount
        default: text = amount
        }
        if let hedge { text = symbol(hedge) + text }
        return text
    }

    static func symbol(_ hedge: Hedge) -> String {
        switch hedge {
        case .moreThan: "> "
        case .atLeast: "≥ "
        case .about: "~"
        case .lessThan: "< "
        case .upTo: "≤ "
        case .vague: ""
        }
    }

    /// 10 billion, 2.6 trillion, 13 million, 49, 1,500.
    public static func magnitude(_ value: Double) -> String {
        for (size, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where abs(value) >= size {
            return "\(number(value / size)) \(word)"
        }
        return number(value)
    }

    static func range(_ low: Double, _ high: Double) -> String {
        for (size, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where abs(low) >= size {
            return "\(number(low / size))–\(number(high / size)) \(word)"
        }
        return "\(number(low))–\(number(high))"
    }

    /// Up to three decimals, no trailing zeros.
    public static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        var text = String(format: "%.3f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
