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
        if s.value < 0x80 { return isASCIILetter(s) }
        if isHan(s) { return false }
        if s.value >= 0x300 && s.value <= 0x36F { return true }
        return s.properties.isAlphabetic
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
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }
}
