/// FNV-1a, 64 bits: a fast hash that is the same on every machine and every run (Swift's
/// `Hasher` is seeded per process), used to derive stable identifiers from content.
public enum StableHash {
    public static func hash<S: Sequence>(bytes: S) -> UInt64 where S.Element == UInt8 {
        // Data and native strings are read as one buffer, not byte by byte through an iterator.
        if let value = bytes.withContiguousStorageIfAvailable({ Self.hash(buffer: $0) }) { return value }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hash(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    public static func hex(of text: String) -> String { hex(bytes: text.utf8) }

    public static func hex<S: Sequence>(bytes: S) -> String where S.Element == UInt8 {
        let value = hash(bytes: bytes)
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
