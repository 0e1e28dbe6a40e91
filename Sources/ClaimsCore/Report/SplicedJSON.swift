import Foundation

/// Pretty, key-sorted JSON of an object that holds one long list (the mentions of `claims
/// extract`): the list's elements are encoded on every core and spliced into the object's text,
/// giving the bytes one `JSONEncoder` pass gives (a test holds the two equal).
public enum SplicedJSON {
    /// Stands in the object for the list until the list's text replaces it.
    public static let marker = "\u{1}spliced list\u{1}"

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `object` encoded with `marker` where the list goes, and `list` in its place.
    public static func encode<Object: Encodable, Element: Encodable & Sendable>(_ object: Object, list: [Element]) throws -> String {
        try splice(object, count: list.count) { range, indent in
            let encoder = Self.encoder()
            // Each element indented one level deeper than the list, byte by byte: a new line
            // inside JSON text is always layout (strings escape theirs), and an empty line
            // (inside an empty list) stays empty.
            var out: [UInt8] = []
            for index in range {
                if index > range.lowerBound { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
                var lineStart = true
                try encoder.encode(list[index]).withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                    for byte in bytes {
                        if lineStart, byte != UInt8(ascii: "\n") { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent)) }
                        out.append(byte)
                        lineStart = byte == UInt8(ascii: "\n")
                    }
                }
            }
            return out
        }
    }

    /// The same, each element written by `write` (its first line at the cursor, the others
    /// indented by the count it is given) instead of a `JSONEncoder`.
    public static func encode<Object: Encodable, Element: Sendable>(_ object: Object, list: [Element],
                                                                    write: @escaping @Sendable (Element, Int, inout [UInt8]) -> Void) throws -> String {
        try splice(object, count: list.count) { range, indent in
            var out: [UInt8] = []
            for index in range {
                if index > range.lowerBound { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
                write(list[index], indent, &out)
            }
            return out
        }
    }

    /// `object`'s text with the list's place filled by `chunk`'s bytes for chunks of 256 indices,
    /// written on every core; `chunk` is given the indentation of the list's elements.
    static func splice<Object: Encodable>(_ object: Object, count: Int,
                                          chunk: @escaping @Sendable (Range<Int>, Int) throws -> [UInt8]) throws -> String {
        let text = String(decoding: try encoder().encode(object), as: UTF8.self)
        let quoted = String(decoding: try encoder().encode(marker), as: UTF8.self)
        guard let place = text.range(of: quoted) else { throw EncodingError.invalidValue(object, .init(codingPath: [], debugDescription: "no list marker in the object")) }
        // The indentation of the line that holds the marker, and one level deeper for the list.
        let lineStart = text[..<place.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let indent = String(text[lineStart...].prefix { $0 == " " })
        let inner = indent.count + 2
        let chunks = stride(from: 0, to: count, by: 256).map { $0..<min(count, $0 + 256) }
        let encoded = Parallel.map(chunks, minimumPerChunk: 1) { range in Result { try chunk(range, inner) } }
        var body: [UInt8] = []
        for (index, part) in encoded.enumerated() {
            if index > 0 { body.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
            body.append(contentsOf: try part.get())
        }
        return text[..<place.lowerBound] + "[\n" + String(decoding: body, as: UTF8.self) + "\n" + indent + "]" + text[place.upperBound...]
    }
}
