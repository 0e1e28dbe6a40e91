/// A set of scalars as a bitmap over the Basic Multilingual Plane: the scanners' test for
/// "may a value start here" costs a shift and a mask. Inlinable, as it runs on every scalar.
public struct ScalarSet: Sendable {
    @usableFromInline var bits = [UInt64](repeating: 0, count: 1024)
    @usableFromInline var astral: Set<UInt32> = []

    public init() {}

    public mutating func insert(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 65536 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
    }

    /// Inserts the scalar in both cases, as phrase matching ignores case.
    public mutating func insertFolded(_ s: Unicode.Scalar) {
        insert(s)
        for form in [s.properties.lowercaseMapping, s.properties.uppercaseMapping] {
            if let scalar = form.unicodeScalars.first, form.unicodeScalars.count == 1 { insert(scalar) }
        }
    }

    @inlinable @inline(__always)
    public func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 65536 { return bits.withUnsafeBufferPointer { $0[Int(v >> 6)] } & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(v)
    }
}

/// A small map from scalars to bucket numbers with open addressing and a multiplicative hash:
/// no per-lookup hasher seeding, unlike `Dictionary`. Used by `PhraseIndex` on its hot path.
struct ScalarMap: Sendable {
    private var keys: [UInt32] = [UInt32](repeating: UInt32.max, count: 8)
    private var slots: [Int32] = [Int32](repeating: -1, count: 8)
    private var shift: UInt32 = 29
    private(set) var count = 0

    @inline(__always)
    private func home(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> shift) }

    func value(for key: UInt32) -> Int? {
        var i = home(key)
        let mask = keys.count - 1
        while true {
            let k = keys[i]
            if k == key { return Int(slots[i]) }
            if k == UInt32.max { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ key: UInt32, _ value: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = home(key)
        let mask = keys.count - 1
        while keys[i] != UInt32.max && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == UInt32.max { count += 1 }
        keys[i] = key
        slots[i] = Int32(value)
    }

    private mutating func grow() {
        let old = zip(keys, slots).filter { $0.0 != UInt32.max }
        let size = keys.count * 2
        keys = [UInt32](repeating: UInt32.max, count: size)
        slots = [Int32](repeating: -1, count: size)
        shift = UInt32(32 - size.trailingZeroBitCount)
        count = 0
        for (key, slot) in old { set(key, Int(slot)) }
    }
}
