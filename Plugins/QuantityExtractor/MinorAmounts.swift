import ClaimsCore

/// The minor part said after an amount in a currency: "15 dollars and 50 cents" (15.50),
/// "£3 and 20 pence", "15 dollars and 50" ending its clause. The minor unit must be the same
/// currency's or any currency's (cents); a bare number counts only after a joiner and only where
/// nothing follows it in the clause, so "15 dollars and 50 people" stays two figures.
extension QuantityScanner {
    /// The amount with the minor part after `end` added, and where it ends; nil when none follows.
    func minorPart(after end: Int, currency: String) -> (add: Double, end: Int)? {
        var k = skipSpace(end)
        guard k > end, let joiner = reader.lexicon.wordJoiners.match(at: k, in: s), joiner.end + 1 < s.count, s[joiner.end] == " " else {
            return nil
        }
        k = joiner.end + 1
        guard let part = reader.read(at: k, in: s), !part.isVague, !part.hasFraction, !part.isScaled, part.value >= 1, part.value < 100,
              part.value == part.value.rounded() else { return nil }
        let unitAt = skipSpace(part.end)
        if unitAt > part.end, let minor = lexicon.minorUnits.match(at: unitAt, in: s), minor.value.currency == nil || minor.value.currency == currency {
            return (part.value * minor.value.factor, minor.end)
        }
        // A bare number that ends its clause: the minor part in hundredths.
        var after = part.end
        while after < s.count, s[after] == " " { after += 1 }
        guard after >= s.count || ".,;:!?)，。；：！？\n".unicodeScalars.contains(s[after]) else { return nil }
        return (part.value / 100, part.end)
    }
}
