/// Character classes the scanners test at every position; kept to integer comparisons on the
/// common paths so that scanning stays fast.
public enum ScalarClass {
    @inline(__always)
    public static func asciiDigit(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        return v >= 0x30 && v <= 0x39 ? Int(v - 0x30) : nil
    }

    /// 0-9 in ASCII or full width (０-９).
    @inline(__always)
    public static func digit(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return nil
    }

    @inline(__always)
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x20000 && v <= 0x2FA1F)
    }

    @inline(__always)
    public static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// A letter of any script other than Han (Latin with Vietnamese diacritics, Greek, Cyrillic...),
    /// or a combining accent, which belongs to the letter before it in decomposed text.
    @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return isASCIILetter(s) }
        if v < tableLimit { return letterBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        if isHan(s) { return false }
        return s.properties.isAlphabetic
    }

    /// Scripts with case and the common alphabets lie below this; their classes are tabulated
    /// once, because Unicode property look-ups cost far more than the scan around them.
    static let tableLimit: UInt32 = 0x3000

    /// Letter (alphabetic or combining accent) bits for every scalar below `tableLimit`.
    static let letterBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: Int(tableLimit) / 64)
        for v in UInt32(0x80)..<tableLimit {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if scalar.properties.isAlphabetic || (0x300...0x36F).contains(v) { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        }
        return bits
    }()

    /// Simple lower-case mapping for every scalar below `tableLimit`.
    static let lowercase: [Unicode.Scalar] = (UInt32(0)..<tableLimit).map { v in
        guard let scalar = Unicode.Scalar(v) else { return Unicode.Scalar(0) }
        guard scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first,
              scalar.properties.lowercaseMapping.unicodeScalars.count == 1 else { return scalar }
        return lower
    }

    /// Case folding for phrase matching: a table look-up below `tableLimit`, Unicode's mapping above.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : s }
        if v < tableLimit { return lowercase[Int(v)] }
        if v < 0xA640 || v >= 0xAC00 && v < 0xFF21 { return s } // CJK and Hangul: no case
        guard s.properties.isUppercase, let lower = s.properties.lowercaseMapping.unicodeScalars.first else { return s }
        return lower
    }

    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF: true
        default: false
        }
    }

    @inline(__always)
    public static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x0A || s.value == 0x0D || s.value == 0x2028 || s.value == 0x2029
    }

    @inline(__always)
    public static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < tableLimit { return lowercase[Int(v)] != s }
        return s.properties.isUppercase
    }
}
