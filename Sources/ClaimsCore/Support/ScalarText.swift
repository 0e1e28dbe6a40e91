import Foundation

/// Strings made from scalars, and NFC keys, on the paths that run for every word of every
/// sentence: `String.UnicodeScalarView.append(contentsOf:)` transcodes a slice one scalar at a
/// time through generic code, and Foundation's normalization bridges each word through CFString.
extension String {
    /// The text of `scalars`, encoded to UTF-8 in one pass into storage of the right size.
    public init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var k = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case 0..<0x80:
                    buffer[k] = UInt8(v); k += 1
                case 0x80..<0x800:
                    buffer[k] = UInt8(0xC0 | v >> 6); buffer[k + 1] = UInt8(0x80 | v & 0x3F); k += 2
                case 0x800..<0x10000:
                    buffer[k] = UInt8(0xE0 | v >> 12); buffer[k + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[k + 2] = UInt8(0x80 | v & 0x3F); k += 3
                default:
                    buffer[k] = UInt8(0xF0 | v >> 18); buffer[k + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[k + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[k + 3] = UInt8(0x80 | v & 0x3F); k += 4
                }
            }
            return k
        }
    }

    /// The string in Unicode normalization form C. Text whose every scalar lies where no
    /// scalar decomposes or combines (below U+0300: ASCII and the Latin blocks; the Vietnamese
    /// letters of Latin Extended Additional; the unified Han ideographs) is NFC already and is
    /// returned as it is; anything else goes through Foundation.
    public var nfc: String {
        for scalar in unicodeScalars where !Self.surelyNFC(scalar) { return precomposedStringWithCanonicalMapping }
        return self
    }

    /// The string composed (NFC) and, when that differs, decomposed (NFD): the forms a phrase is
    /// indexed under so that text written either way matches. Text of scalars that neither
    /// decompose nor combine (ASCII and Latin-1 punctuation, the unified Han ideographs) is its
    /// own single form, without a trip through Foundation.
    public var canonicalForms: [String] {
        if unicodeScalars.allSatisfy(Self.neverDecomposes) { return [self] }
        let composed = precomposedStringWithCanonicalMapping
        let decomposed = decomposedStringWithCanonicalMapping
        return composed.unicodeScalars.elementsEqual(decomposed.unicodeScalars) ? [composed] : [composed, decomposed]
    }

    /// Whether a scalar has no canonical decomposition and combines with nothing.
    @inline(__always)
    static func neverDecomposes(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0xC0, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// Whether a scalar is NFC_QC=Yes and composes with nothing before it, whatever surrounds it.
    @inline(__always)
    static func surelyNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x1E00...0x1EFF, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        default: false
        }
    }
}
