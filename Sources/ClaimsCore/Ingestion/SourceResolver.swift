import Foundation

/// Turns what a user names on the command line (files, folders, URLs) into source requests,
/// using a folder's manifest where it has one. Problems with one argument become errors for
/// that argument only.
public struct SourceResolver: Sendable {
    /// Metadata given on the command line for sources no manifest describes.
    public var language: String?
    public var published: PartialDate?

    public init(language: String? = nil, published: PartialDate? = nil) {
        self.language = language
        self.published = published
    }

    public struct Resolution: Sendable {
        public var requests: [SourceRequest] = []
        public var errors: [SourceError] = []
    }

    public func resolve(_ arguments: [String]) -> Resolution {
        var resolution = Resolution()
        var ids = IdentifierPool()
        for argument in arguments {
            if Self.isWebAddress(argument) {
                guard let url = URL(string: argument), url.host != nil else {
                    resolution.errors.append(SourceError(source: argument, problem: "not a valid URL"))
                    continue
                }
                resolution.requests.append(webRequest(url, entry: nil, ids: &ids))
                continue
            }
            let url = URL(fileURLWithPath: argument)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                resolution.errors.append(SourceError(source: argument, problem: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                resolveDirectory(url, displayPrefix: argument, into: &resolution, ids: &ids)
            } else {
                let siblingManifest = try? SourceManifest.load(from: url.deletingLastPathComponent().appendingPathComponent(SourceManifest.fileName))
                let entry = siblingManifest?.entries.first { $0.file == url.lastPathComponent }
                resolution.requests.append(fileRequest(url, displayName: argument, entry: entry, ids: &ids))
            }
        }
        return resolution
    }

    /// A folder: the sources its manifest lists, then any other file in it (each of which is
    /// read, or reported if it cannot be).
    func resolveDirectory(_ directory: URL, displayPrefix: String, into resolution: inout Resolution, ids: inout IdentifierPool) {
        let manifestURL = directory.appendingPathComponent(SourceManifest.fileName)
        var listed: Set<String> = [SourceManifest.fileName]
        let prefix = displayPrefix.hasSuffix("/") ? displayPrefix : displayPrefix + "/"
        if FileManager.default.fileExists(atPath: manifestURL.path) {
            do {
                let manifest = try SourceManifest.load(from: manifestURL)
                for entry in manifest.entries {
                    if let file = entry.file {
                        listed.insert(file)
                        resolution.requests.append(fileRequest(directory.appendingPathComponent(file), displayName: prefix + file, entry: entry, ids: &ids))
                    } else if let link = entry.url {
                        guard let url = URL(string: link), Self.isWebAddress(link) else {
                            resolution.errors.append(SourceError(source: link, problem: "manifest URL is not an http(s) address"))
                            continue
                        }
                        resolution.requests.append(webRequest(url, entry: entry, ids: &ids))
                    }
                }
            } catch {
                resolution.errors.append(error)
            }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") && !listed.contains(name) {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            resolution.requests.append(fileRequest(url, displayName: prefix + name, entry: nil, ids: &ids))
        }
    }

    func fileRequest(_ url: URL, displayName: String, entry: SourceManifest.Entry?, ids: inout IdentifierPool) -> SourceRequest {
        let stem = url.deletingPathExtension().lastPathComponent
        let info = SourceInfo(
            id: ids.claim(stem),
            location: .file(url.standardizedFileURL),
            displayName: displayName,
            language: entry?.language.map(LanguageGuesser.normalize(tag:)) ?? language,
            title: entry?.title,
            publisher: entry?.publisher,
            published: entry?.publicationDate ?? (entry == nil ? published : nil)
        )
        return SourceRequest(info: info)
    }

    func webRequest(_ url: URL, entry: SourceManifest.Entry?, ids: inout IdentifierPool) -> SourceRequest {
        let info = SourceInfo(
            id: ids.claim(Self.slug(for: url)),
            location: .web(url),
            displayName: url.absoluteString,
            language: entry?.language.map(LanguageGuesser.normalize(tag:)) ?? language,
            title: entry?.title,
            publisher: entry?.publisher ?? url.host,
            published: entry?.publicationDate ?? (entry == nil ? published : nil)
        )
        return SourceRequest(info: info)
    }

    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// A readable id for a URL: host and last path segment, e.g. `example.com-story-123`.
    static func slug(for url: URL) -> String {
        let host = (url.host ?? "web").replacingOccurrences(of: "www.", with: "")
        let last = url.deletingPathExtension().lastPathComponent
        let raw = last.isEmpty || last == "/" ? host : host + "-" + last
        let cleaned = raw.unicodeScalars.map { ScalarClass.isASCIILetter($0) || ScalarClass.asciiDigit($0) != nil || $0 == "." || $0 == "-" ? Character($0) : "-" }
        return String(String(cleaned).prefix(60))
    }
}

/// Hands out unique source ids, suffixing repeats (`story`, `story-2`).
struct IdentifierPool {
    private var used: Set<String> = []

    mutating func claim(_ base: String) -> String {
        let root = base.isEmpty ? "source" : base
        var candidate = root
        var n = 2
        while used.contains(candidate) {
            candidate = "\(root)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
