import Foundation

/// A source to read, with the metadata a manifest or the command line gives it.
public struct SourceRequest: Hashable, Sendable {
    public var info: SourceInfo
    /// A charset a manifest or HTTP header declares, used when the bytes do not say.
    public var declaredCharset: String?

    public init(info: SourceInfo, declaredCharset: String? = nil) {
        self.info = info
        self.declaredCharset = declaredCharset
    }
}

/// Text a loader produced from a source, before sentence splitting.
public struct LoadedText: Sendable {
    public var text: String
    public var title: String?
    /// A language the content declares (`<html lang>`), if any.
    public var declaredLanguage: String?
    /// Hash of the bytes as read: a new version of the source gets a new hash.
    public var contentHash: String

    public init(text: String, title: String? = nil, declaredLanguage: String? = nil, contentHash: String) {
        self.text = text
        self.title = title
        self.declaredLanguage = declaredLanguage
        self.contentHash = contentHash
    }
}

/// Limits that keep one bad source from stalling or exhausting a run.
public struct LoaderLimits: Sendable {
    /// Largest source accepted, in bytes.
    public var maxBytes: Int
    /// Time allowed for one fetch, in seconds.
    public var fetchTimeout: TimeInterval
    /// Redirects followed before a fetch gives up.
    public var maxRedirects: Int

    public init(maxBytes: Int = 32 << 20, fetchTimeout: TimeInterval = 20, maxRedirects: Int = 5) {
        self.maxBytes = maxBytes
        self.fetchTimeout = fetchTimeout
        self.maxRedirects = maxRedirects
    }

    public static let `default` = LoaderLimits()
}

/// Turns a source into text. One loader per kind of source: plain text files, HTML files, URLs.
public protocol SourceLoader: Sendable {
    /// A short name for `claims` output: "text", "html", "url".
    var kind: String { get }
    func canLoad(_ request: SourceRequest) -> Bool
    func load(_ request: SourceRequest) async throws(SourceError) -> LoadedText
}

extension SourceLoader {
    /// Reads a local file within the size limit, with errors that name the source.
    func readFile(_ url: URL, for request: SourceRequest, limits: LoaderLimits) throws(SourceError) -> Data {
        let name = request.info.displayName
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw SourceError(source: name, problem: "no such file")
        }
        if isDirectory.boolValue { throw SourceError(source: name, problem: "is a directory, not a file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        if size > limits.maxBytes {
            throw SourceError(source: name, problem: "too large: \(ByteCount(size)) is over the \(ByteCount(limits.maxBytes)) limit (raise it with --max-source-mb)")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw SourceError(source: name, problem: "cannot be read: \(error.localizedDescription)")
        }
    }
}

/// A byte count for messages: 50.0 MB, 3.2 kB.
public struct ByteCount: CustomStringConvertible, Sendable {
    public let bytes: Int
    public init(_ bytes: Int) { self.bytes = bytes }
    public var description: String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return String(format: "%.1f kB", Double(bytes) / Double(1 << 10)) }
        return "\(bytes) bytes"
    }
}
