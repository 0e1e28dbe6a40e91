import Synchronization

/// Answers of a pure function kept for reuse across threads: a word's dictionary keys are
/// looked up once per run, not once per occurrence, since the words of a text repeat (a few
/// hundred make up most of any story). At most `capacity` answers are kept; past it, new
/// answers are computed and not stored, so a huge text of unseen strings cannot grow it
/// without bound.
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let table = Mutex<[Key: Value]>([:])
    let capacity: Int

    public init(capacity: Int = 1 << 16) { self.capacity = capacity }

    /// The kept answer for `key`, else `compute(key)`, kept while there is room.
    public func value(_ key: Key, _ compute: (Key) -> Value) -> Value {
        if let known = table.withLock({ $0[key] }) { return known }
        let value = compute(key)
        table.withLock { if $0.count < capacity { $0[key] = value } }
        return value
    }

    /// How many answers are kept.
    public var count: Int { table.withLock { $0.count } }
}
