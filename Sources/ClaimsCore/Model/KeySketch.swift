/// 128 bits standing for a set of keys: a key whose bit is clear is surely not in the set. A
/// pair scorer asks whether each word of one statement is known to the other for millions of
/// pairs; most are not, and a bit test answers that without hashing the word.
public struct KeySketch: Hashable, Sendable {
    public var low: UInt64 = 0
    public var high: UInt64 = 0

    public init() {}

    public init<S: Sequence>(_ keys: S) where S.Element == String {
        for key in keys { insert(Self.bit(key)) }
    }

    public mutating func insert(_ bit: UInt8) {
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    /// False when no key with this bit was inserted.
    @inline(__always)
    public func mayContain(_ bit: UInt8) -> Bool {
        bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }

    /// A key's bit: FNV-1a over its UTF-8, the same in every run.
    public static func bit(_ key: String) -> UInt8 {
        var hash: UInt32 = 2_166_136_261
        for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return UInt8(truncatingIfNeeded: hash ^ hash >> 7) & 127
    }
}
