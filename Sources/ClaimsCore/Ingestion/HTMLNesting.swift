import Foundation

/// libxml2 stops reading an HTML document nested deeper than about 256 elements (its
/// `xmlParserMaxDepth`), and the text below that depth is lost: a page of 10,000 nested `<div>`s
/// gave "no article text found" although the text was there. Before parsing, the tags below
/// `limit` levels are taken out, their content kept in the element at the limit, so every word
/// of a deep document is still read. A page within the limit is parsed as it is.
enum HTMLNesting {
    /// Elements that hold no others (void elements).
    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                                    "source", "track", "wbr"]
    /// Elements whose content is raw text up to their end tag.
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "plaintext"]
    /// Block elements: one taken out leaves a line break, so its text stays a paragraph of its own.
    static let blocks: Set<String> = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
                                      "blockquote", "dt", "dd", "table", "ul", "ol", "pre", "header", "footer", "main", "aside"]
    /// Elements whose end tag may be left out: a new one closes the one open beside it.
    static let siblingClosed: Set<String> = ["p", "li", "dt", "dd", "tr", "td", "th", "option"]

    /// The document with the tags below `limit` levels removed, or nil when it is no deeper.
    static func flattened(_ data: Data, limit: Int = 200) -> Data? {
        let bytes = [UInt8](data)
        let n = bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        // Open elements: their name and whether their tags were kept.
        var open: [(name: [UInt8], kept: Bool)] = []
        var keptDepth = 0
        var dropped = false
        var i = 0
        while i < n {
            guard let lt = bytes[i...].firstIndex(of: UInt8(ascii: "<")) else {
                out.append(contentsOf: bytes[i...])
                break
            }
            out.append(contentsOf: bytes[i..<lt])
            i = lt
            // Comments, doctypes and processing instructions pass through.
            if starts(bytes, at: i, with: "<!--") {
                let end = find(bytes, "-->", from: i + 4).map { $0 + 3 } ?? n
                out.append(contentsOf: bytes[i..<end])
                i = end
                continue
            }
            let closing = i + 1 < n && bytes[i + 1] == UInt8(ascii: "/")
            let nameStart = closing ? i + 2 : i + 1
            var nameEnd = nameStart
            while nameEnd < n, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            guard nameEnd > nameStart, isLetter(bytes[nameStart]) else {
                // Not a tag ("a < b", "<!DOCTYPE"): the "<" and what follows are passed on.
                out.append(bytes[i])
                i += 1
                continue
            }
            let name = bytes[nameStart..<nameEnd].map(lower)
            let tagEnd = endOfTag(bytes, from: nameEnd)
            let tag = bytes[i..<tagEnd]
            i = tagEnd
            if closing {
                guard let index = open.lastIndex(where: { $0.name == name }) else {
                    out.append(contentsOf: tag)
                    continue
                }
                let kept = open[index].kept
                keptDepth -= open[index...].filter(\.kept).count
                open.removeSubrange(index...)
                if kept { out.append(contentsOf: tag) }
                continue
            }
            let selfClosing = tagEnd >= 2 && bytes[tagEnd - 2] == UInt8(ascii: "/")
            let text = String(decoding: name, as: UTF8.self)
            if rawText.contains(text) {
                // The start tag, the raw text and its end tag, as they are.
                let close = findCaseless(bytes, "</" + text, from: tagEnd) ?? n
                let end = close < n ? endOfTag(bytes, from: close + 2 + name.count) : n
                out.append(contentsOf: tag)
                out.append(contentsOf: bytes[tagEnd..<end])
                i = end
                continue
            }
            if void.contains(text) || selfClosing {
                out.append(contentsOf: tag)
                continue
            }
            // A new item closes the open one of its kind nearby, with what is open inside it
            // ("<li><p>one<li>two"); a block closes an open paragraph.
            if siblingClosed.contains(text), let index = open.indices.suffix(4).last(where: { open[$0].name == name }) {
                keptDepth -= open[index...].filter(\.kept).count
                open.removeSubrange(index...)
            } else if blocks.contains(text), open.last?.name == Array("p".utf8) {
                if open.removeLast().kept { keptDepth -= 1 }
            }
            let keep = keptDepth < limit
            open.append((name, keep))
            if keep {
                keptDepth += 1
                out.append(contentsOf: tag)
            } else {
                dropped = true
                if blocks.contains(text) { out.append(contentsOf: Array("<br>".utf8)) }
            }
        }
        return dropped ? Data(out) : nil
    }

    /// Where a tag whose name ends at `from` ends: after its ">", quoted attribute values skipped.
    static func endOfTag(_ bytes: [UInt8], from: Int) -> Int {
        var k = from
        var quote: UInt8?
        while k < bytes.count {
            let c = bytes[k]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: ">") {
                return k + 1
            }
            k += 1
        }
        return bytes.count
    }

    static func starts(_ bytes: [UInt8], at i: Int, with prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        return i + p.count <= bytes.count && Array(bytes[i..<i + p.count]) == p
    }

    static func find(_ bytes: [UInt8], _ needle: String, from: Int) -> Int? {
        let p = Array(needle.utf8)
        var k = from
        while k + p.count <= bytes.count {
            if bytes[k] == p[0], Array(bytes[k..<k + p.count]) == p { return k }
            k += 1
        }
        return nil
    }

    static func findCaseless(_ bytes: [UInt8], _ needle: String, from: Int) -> Int? {
        let p = Array(needle.utf8).map(lower)
        var k = from
        while k + p.count <= bytes.count {
            if bytes[k] == p[0] {
                var j = 1
                while j < p.count, lower(bytes[k + j]) == p[j] { j += 1 }
                if j == p.count { return k }
            }
            k += 1
        }
        return nil
    }

    static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
    static func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
    static func isNameByte(_ c: UInt8) -> Bool { isLetter(c) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: ":") }
}
