/// Non-generic lookups into phrase tables, for modules outside ClaimsCore. `PhraseTable.match`
/// is generic: called across the module boundary it runs unspecialized and looks up type
/// metadata on every call, which dominates a scanner's time. These wrappers are compiled here,
/// for their concrete value types, and do exactly what `match` does.
extension PhraseTable where Value == Bool {
    public func lookup(at index: Int, in text: [Unicode.Scalar]) -> (value: Bool, end: Int)? { match(at: index, in: text) }
    public func lookup(endingAt end: Int, in text: [Unicode.Scalar]) -> (value: Bool, start: Int)? { match(endingAt: end, in: text) }
}

extension PhraseTable where Value == String {
    public func lookup(at index: Int, in text: [Unicode.Scalar]) -> (value: String, end: Int)? { match(at: index, in: text) }
}

extension PhraseTable where Value == Hedge {
    public func lookup(at index: Int, in text: [Unicode.Scalar]) -> (value: Hedge, end: Int)? { match(at: index, in: text) }
    public func lookup(endingAt end: Int, in text: [Unicode.Scalar]) -> (value: Hedge, start: Int)? { match(endingAt: end, in: text) }
}

extension PhraseTable where Value == [DateRole] {
    public func lookup(at index: Int, in text: [Unicode.Scalar]) -> (value: [DateRole], end: Int)? { match(at: index, in: text) }
}

extension PhraseTable where Value == [DateTrail] {
    public func lookup(at index: Int, in text: [Unicode.Scalar]) -> (value: [DateTrail], end: Int)? { match(at: index, in: text) }
}
