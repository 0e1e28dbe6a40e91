import Foundation

/// Reads UTF-8 plain text files. Anything else (binary, other encodings) is refused with a
/// one-line error rather than guessed at.
public struct PlainTextLoader: SourceLoader {
    public let limits: LoaderLimits
    public var kind: String { "text" }

    public init(limits: LoaderLimits = .default) { self.limits = limits }

    public func canLoad(_ request: SourceRequest) -> Bool {
        if case .file = request.info.location { return true }
        return false
    }

    public func load(_ request: SourceRequest) async throws(SourceError) -> LoadedText {
        guard case .file(let url) = request.info.location else {
            throw SourceError(source: request.info.displayName, problem: "not a local file")
        }
        let data = try readFile(url, for: request, limits: limits)
        return try Self.parse(data, source: request.info.displayName)
    }

    /// Decodes text bytes; shared with the URL loader for text/plain responses.
    public static func parse(_ data: Data, source: String) throws(SourceError) -> LoadedText {
        let text = try TextDecoding.decodeUTF8(data, source: source)
        return LoadedText(text: text, contentHash: StableHash.hex(bytes: data))
    }
}

/// Tells HTML from plain text by name and content.
public enum ContentSniffer {
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml", "xht"]

    public static func looksLikeHTML(_ data: Data) -> Bool {
        var head = data.prefix(1024)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        guard let prefix = String(data: Data(head.prefix(512)), encoding: .isoLatin1)?.lowercased() else { return false }
        let trimmed = prefix.drop { $0.isWhitespace }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<head")
            || (trimmed.hasPrefix("<!--") && prefix.contains("<html"))
            || (trimmed.hasPrefix("<?xml") && prefix.contains("<html"))
    }

    public static func isHTMLFile(_ url: URL) -> Bool {
        if htmlExtensions.contains(url.pathExtension.lowercased()) { return true }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        return looksLikeHTML(head)
    }
}
