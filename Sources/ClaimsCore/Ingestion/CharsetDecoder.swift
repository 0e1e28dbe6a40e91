import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts bytes in a legacy charset (GBK, Big5, Shift_JIS, windows-1252, ...) to UTF-8 with
/// iconv, putting U+FFFD where a byte sequence is invalid and going on. libxml2 on its own
/// stops at the first invalid byte and silently returns a truncated page.
public enum CharsetDecoder {
    /// nil when iconv does not know the charset.
    public static func utf8(from data: Data, charset: String) -> (text: String, replaced: Int)? {
        let converter = iconv_open("UTF-8", charset)
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in
            for (index, byte) in raw.enumerated() { input[index] = CChar(bitPattern: byte) }
        }
        var output = [UInt8]()
        output.reserveCapacity(data.count * 2)
        var replaced = 0
        var chunk = [CChar](repeating: 0, count: 64 * 1024)
        input.withUnsafeMutableBufferPointer { inputBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress
            var inLeft = inputBuffer.count
            while inLeft > 0 {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = chunkBuffer.baseAddress
                    var outLeft = chunkBuffer.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let written = chunkBuffer.count - outLeft
                    if result == -1 {
                        let code = errno
                        if code == EILSEQ || code == EINVAL {
                            // An invalid or cut-off sequence: mark it and skip one byte.
                            output.append(contentsOf: chunkBuffer.prefix(written).map { UInt8(bitPattern: $0) })
                            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                            replaced += 1
                            inPointer = inPointer.map { $0 + 1 }
                            inLeft -= 1
                            return -1
                        }
                        if code != E2BIG {
                            inLeft = 0
                        }
                    }
                    return written
                }
                if produced >= 0 {
                    output.append(contentsOf: chunk.prefix(produced).map { UInt8(bitPattern: $0) })
                }
            }
        }
        return (String(decoding: output, as: UTF8.self), replaced)
    }
}
