import CLibXML2
import Foundation

/// Reads HTML through libxml2: decodes the declared charset (UTF-8, GBK, Big5, ...), drops page
/// furniture (scripts, styles, navigation, footers, share bars) and keeps the article's title
/// and body as text, one block a paragraph.
public struct HTMLLoader: SourceLoader {
    public let limits: LoaderLimits
    public var kind: String { "html" }

    public init(limits: LoaderLimits = .default) { self.limits = limits }

    public func canLoad(_ request: SourceRequest) -> Bool {
        guard case .file(let url) = request.info.location else { return false }
        return ContentSniffer.isHTMLFile(url)
    }

    public func load(_ request: SourceRequest) async throws(SourceError) -> LoadedText {
        guard case .file(let url) = request.info.location else {
            throw SourceError(source: request.info.displayName, problem: "not a local file")
        }
        let data = try readFile(url, for: request, limits: limits)
        return try Self.parse(data, declaredCharset: request.declaredCharset, source: request.info.displayName)
    }

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses HTML bytes; shared with the URL loader. `declaredCharset` (an HTTP header's) wins
    /// over the page's own `<meta charset>`, which wins over a guess.
    public static func parse(_ data: Data, declaredCharset: String?, source: String) throws(SourceError) -> LoadedText {
        _ = initialized
        if data.isEmpty { throw SourceError(source: source, problem: "empty file") }
        if let kind = TextDecoding.binarySignature(data[...]) {
            throw SourceError(source: source, problem: "binary file (\(kind)), not HTML")
        }
        // Legacy charsets are converted to UTF-8 here, with U+FFFD for bad bytes, because
        // libxml2 stops at the first byte iconv rejects and returns a truncated page. The
        // converted page's own charset label is then neutralised so libxml2 reads it as UTF-8.
        var bytes = data
        var encoding = libxmlEncoding(declared: declaredCharset ?? sniffMetaCharset(data), data: data)
        if let charset = encoding, charset != "UTF-8" {
            guard let converted = CharsetDecoder.utf8(from: data, charset: charset) else {
                throw SourceError(source: source, problem: "unknown charset \(declaredCharset ?? charset)")
            }
            bytes = neutralisingCharsetLabels(Data(converted.text.utf8))
            encoding = "UTF-8"
        }
        // Deeper than libxml2 reads: the tags below the limit go, their text stays.
        if let flat = HTMLNesting.flattened(bytes) { bytes = flat }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBytes { raw in
            let base = raw.bindMemory(to: CChar.self).baseAddress
            return htmlReadMemory(base, Int32(clamping: raw.count), nil, encoding, options)
        }
        guard let doc = parsed else { throw SourceError(source: source, problem: "not parseable as HTML") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            throw SourceError(source: source, problem: "HTML has no elements")
        }
        var extractor = HTMLTextExtractor()
        let title = extractor.title(in: root)
        let body = extractor.articleText(root: root)
        var text = body
        if let title, !title.isEmpty, body != title, !body.hasPrefix(title + "\n") {
            text = body.isEmpty ? title : title + "\n\n" + body
        }
        if text.unicodeScalars.allSatisfy({ ScalarClass.isWhitespace($0) }) {
            throw SourceError(source: source, problem: "no article text found in the HTML")
        }
        return LoadedText(text: text, title: title, declaredLanguage: extractor.language(of: root),
                          contentHash: StableHash.hex(bytes: data))
    }

    /// Rewrites `charset=` to `charzet=` in the page's head (same length), so that a page
    /// already converted to UTF-8 is not switched back to its old charset by libxml2.
    static func neutralisingCharsetLabels(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        let needle = Array("charset".utf8)
        let limit = min(bytes.count, 8192)
        var i = 0
        while i + needle.count <= limit {
            var match = true
            for k in 0..<needle.count where bytes[i + k] | 0x20 != needle[k] {
                match = false
                break
            }
            if match { bytes[i + 5] = UInt8(ascii: "z") }
            i += 1
        }
        return Data(bytes)
    }

    /// Finds `charset=` in the first bytes of the page (a `<meta charset>` or `http-equiv`).
    static func sniffMetaCharset(_ data: Data) -> String? {
        guard let head = String(data: Data(data.prefix(4096)), encoding: .isoLatin1)?.lowercased(),
              let range = head.range(of: "charset=") else { return nil }
        let rest = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// The encoding name handed to libxml2 (iconv). Labels are mapped the way browsers map
    /// them: pages labelled gb2312 are really GBK, so decode them with the superset GB18030.
    /// An unlabelled page is UTF-8 when its bytes are valid UTF-8 (libxml2 would assume Latin-1).
    static func libxmlEncoding(declared: String?, data: Data) -> String? {
        if let declared = declared?.lowercased() {
            switch declared {
            case "gb2312", "gbk", "gb18030", "x-gbk", "csgb2312", "chinese": return "GB18030"
            case "big5", "big5-hkscs", "x-x-big5", "cn-big5": return "BIG5-HKSCS"
            case "utf8": return "UTF-8"
            default: return declared.uppercased()
            }
        }
        return String(validating: data, as: UTF8.self) != nil ? "UTF-8" : nil
    }
}

/// Walks a libxml2 tree and collects readable text.
struct HTMLTextExtractor {
    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "iframe", "svg",
        "select", "input", "textarea", "object", "embed", "canvas", "video", "audio", "map", "dialog", "menu", "head",
    ]
    /// Elements that end a line of text.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
        "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "caption", "figure", "figcaption", "address", "hr",
        "title", "body", "center",
    ]
    /// class or id words that mark page furniture rather than the story.
    static let furnitureWords: Set<String> = [
        "share", "sharing", "social", "breadcrumb", "breadcrumbs", "comment", "comments", "related", "advert", "ads",
        "advertisement", "promo", "newsletter", "cookie", "cookies", "sidebar", "navbar", "nav", "menu", "footer",
        "subscribe", "toolbar", "pagination", "recommend", "sponsor",
    ]

    func name(_ node: xmlNodePtr) -> String {
        guard let raw = node.pointee.name else { return "" }
        return String(cString: raw).lowercased()
    }

    func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
        guard let value = xmlGetProp(node, key) else { return nil }
        // xmlFree is a global function pointer (not concurrency-safe to read); libxml2's
        // allocator is malloc unless a program replaces it, which this one never does.
        defer { free(value) }
        return String(cString: value)
    }

    func isFurniture(_ node: xmlNodePtr) -> Bool {
        let tag = name(node)
        if Self.skipped.contains(tag) { return true }
        if tag == "header", !hasAncestor(node, named: "article") { return true }
        if let role = attribute(node, "role")?.lowercased(), ["navigation", "banner", "contentinfo", "complementary", "search"].contains(role) {
            return true
        }
        if attribute(node, "hidden") != nil || attribute(node, "aria-hidden") == "true" { return true }
        let labels = [attribute(node, "class"), attribute(node, "id")].compactMap { $0?.lowercased() }
        for label in labels {
            let words = label.split { !$0.isLetter }
            if words.contains(where: { Self.furnitureWords.contains(String($0)) }) { return true }
        }
        return false
    }

    func hasAncestor(_ node: xmlNodePtr, named tag: String) -> Bool {
        var current = node.pointee.parent
        while let parent = current, parent.pointee.type == XML_ELEMENT_NODE {
            if name(parent) == tag { return true }
            current = parent.pointee.parent
        }
        return false
    }

    func elements(_ root: xmlNodePtr, named tag: String) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE, name(node) == tag { found.append(node) }
            var child = node.pointee.last
            while let c = child {
                stack.append(c)
                child = c.pointee.prev
            }
        }
        return found
    }

    func title(in root: xmlNodePtr) -> String? {
        for tag in ["title", "h1"] {
            if let node = elements(root, named: tag).first {
                var out = TextCollector()
                collect(node, into: &out, ignoreFurniture: false)
                let text = out.finish().replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { return text }
            }
        }
        return nil
    }

    func language(of root: xmlNodePtr) -> String? {
        guard let lang = attribute(root, "lang") ?? attribute(root, "xml:lang"), !lang.isEmpty else { return nil }
        return LanguageGuesser.normalize(tag: lang)
    }

    /// The story: the largest `<article>`, else `<main>`, else the body, minus furniture.
    mutating func articleText(root: xmlNodePtr) -> String {
        var candidates: [xmlNodePtr] = elements(root, named: "article")
        if candidates.isEmpty { candidates = elements(root, named: "main") }
        var best = ""
        for node in candidates {
            var out = TextCollector()
            collect(node, into: &out, ignoreFurniture: true)
            let text = out.finish()
            if text.unicodeScalars.count > best.unicodeScalars.count { best = text }
        }
        if best.unicodeScalars.count >= 200 { return best }
        let body = elements(root, named: "body").first ?? root
        var out = TextCollector()
        collect(body, into: &out, ignoreFurniture: true)
        let whole = out.finish()
        return whole.unicodeScalars.count > best.unicodeScalars.count ? whole : best
    }

    func collect(_ node: xmlNodePtr, into out: inout TextCollector, ignoreFurniture: Bool) {
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { out.append(String(cString: content)) }
            case XML_ELEMENT_NODE:
                if ignoreFurniture, isFurniture(c) { break }
                let tag = name(c)
                if tag == "br" {
                    out.lineBreak()
                } else if Self.blocks.contains(tag) {
                    out.paragraphBreak()
                    collect(c, into: &out, ignoreFurniture: ignoreFurniture)
                    out.paragraphBreak()
                } else {
                    collect(c, into: &out, ignoreFurniture: ignoreFurniture)
                }
            default:
                break
            }
            child = c.pointee.next
        }
    }
}

/// Accumulates text with HTML white-space rules: runs of white space become one space, blocks
/// become paragraphs separated by a blank line.
struct TextCollector {
    private var text = String.UnicodeScalarView()
    private var pendingSpace = false
    private var pendingBreak = 0

    mutating func append(_ fragment: String) {
        for scalar in fragment.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                pendingSpace = true
                continue
            }
            if pendingBreak > 0, !text.isEmpty {
                text.append(contentsOf: String(repeating: "\n", count: pendingBreak).unicodeScalars)
            } else if pendingSpace, let last = text.last, last != "\n" {
                text.append(" ")
            }
            pendingBreak = 0
            pendingSpace = false
            text.append(scalar)
        }
    }

    mutating func lineBreak() { pendingBreak = max(pendingBreak, 1) }
    mutating func paragraphBreak() { pendingBreak = 2 }

    func finish() -> String {
        String(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
