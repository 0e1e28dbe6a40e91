import Foundation

/// Decodes bytes that should be UTF-8 text, refusing what is not: binary data, UTF-16 and
/// other encodings, invalid sequences. The error says where the first bad byte is.
public enum TextDecoding {
    public static func decodeUTF8(_ data: Data, source: String) throws(SourceError) -> String {
        if data.isEmpty { throw SourceError(source: source, problem: "empty file") }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw SourceError(source: source, problem: "UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
        }
        if let kind = binarySignature(bytes) {
            throw SourceError(source: source, problem: "binary file (\(kind)), not text")
        }
        if bytes.prefix(8192).contains(0) {
            throw SourceError(source: source, problem: "binary file (contains NUL bytes), not text")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = (firstInvalidUTF8Offset(bytes) ?? 0) + (data.count - bytes.count)
            throw SourceError(source: source, problem: "not valid UTF-8 (first bad byte at offset \(offset)); convert it to UTF-8")
        }
        if text.unicodeScalars.allSatisfy({ ScalarClass.isWhitespace($0) }) {
            throw SourceError(source: source, problem: "no text (only white space)")
        }
        return text
    }

    /// Well-known magic numbers, so a PNG is called a PNG rather than "invalid UTF-8".
    static func binarySignature(_ bytes: Data.SubSequence) -> String? {
        let signatures: [(String, [UInt8])] = [
            ("PNG image", [0x89, 0x50, 0x4E, 0x47]), ("JPEG image", [0xFF, 0xD8, 0xFF]), ("GIF image", Array("GIF8".utf8)),
            ("PDF document", Array("%PDF".utf8)), ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]), ("gzip data", [0x1F, 0x8B]),
            ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]), ("SQLite database", Array("SQLite format 3".utf8)),
            ("WebP image", Array("RIFF".utf8)),
        ]
        return signatures.first { bytes.starts(with: $0.1) }?.0
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: Data.SubSequence) -> Int? {
        let array = Array(bytes)
        var i = 0
        while i < array.count {
            let b = array[i]
            let length: Int
            var minimum: UInt32
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return i
            }
            guard i + length <= array.count else { return i }
            var value = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = array[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += length
        }
        return nil
    }
}
