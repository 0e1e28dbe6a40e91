import Foundation

/// The list of sources in a folder (`sources.json`): for each, where it is (a file beside the
/// manifest or a URL) and what is known of it. Fields a person added are kept when `claims add`
/// rewrites the file.
public struct SourceManifest: Sendable {
    public static let fileName = "sources.json"

    public struct Entry: Sendable, Hashable {
        public var file: String?
        public var url: String?
        public var language: String?
        public var title: String?
        public var publisher: String?
        public var published: String?
        public var publishedPrecision: String?
        /// Fields this version does not know, kept as they were.
        public var extra: [String: JSONValue]

        public init(file: String? = nil, url: String? = nil, language: String? = nil, title: String? = nil,
                    publisher: String? = nil, published: String? = nil, publishedPrecision: String? = nil,
                    extra: [String: JSONValue] = [:]) {
            self.file = file
            self.url = url
            self.language = language
            self.title = title
            self.publisher = publisher
            self.published = published
            self.publishedPrecision = publishedPrecision
            self.extra = extra
        }

        /// The publication date at the precision the manifest states.
        public var publicationDate: PartialDate? {
            guard let published else { return nil }
            return PartialDate(parsing: published, precision: publishedPrecision.flatMap(DatePrecision.init(rawValue:)))
        }

        static let knownKeys = ["file", "url", "language", "title", "publisher", "published", "published_precision"]
    }

    public var about: String?
    public var entries: [Entry]
    /// Top-level fields other than `about` and `sources`, kept as they were.
    public var extra: [String: JSONValue]

    public init(about: String? = nil, entries: [Entry] = [], extra: [String: JSONValue] = [:]) {
        self.about = about
        self.entries = entries
        self.extra = extra
    }

    /// Reads a manifest; the error names the file and what is wrong with it.
    public static func load(from url: URL) throws(SourceError) -> SourceManifest {
        let name = url.path
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SourceError(source: name, problem: "manifest cannot be read: \(error.localizedDescription)")
        }
        let top: JSONValue
        do { top = try JSONDecoder().decode(JSONValue.self, from: data) } catch {
            throw SourceError(source: name, problem: "manifest is not valid JSON")
        }
        guard case .object(let object) = top else {
            throw SourceError(source: name, problem: "manifest must be a JSON object with a \"sources\" list")
        }
        guard case .array(let list)? = object["sources"] else {
            throw SourceError(source: name, problem: "manifest has no \"sources\" list")
        }
        var entries: [Entry] = []
        for (index, item) in list.enumerated() {
            guard case .object(let fields) = item else {
                throw SourceError(source: name, problem: "sources[\(index)] is not an object")
            }
            var entry = Entry()
            entry.file = fields["file"]?.string
            entry.url = fields["url"]?.string
            entry.language = fields["language"]?.string
            entry.title = fields["title"]?.string
            entry.publisher = fields["publisher"]?.string
            entry.published = fields["published"]?.string
            entry.publishedPrecision = fields["published_precision"]?.string
            entry.extra = fields.filter { !Entry.knownKeys.contains($0.key) }
            if entry.file == nil && entry.url == nil {
                throw SourceError(source: name, problem: "sources[\(index)] has neither \"file\" nor \"url\"")
            }
            if let published = entry.published, PartialDate(parsing: published) == nil {
                throw SourceError(source: name, problem: "sources[\(index)].published \"\(published)\" is not YYYY, YYYY-MM or YYYY-MM-DD")
            }
            entries.append(entry)
        }
        var extra = object
        extra["about"] = nil
        extra["sources"] = nil
        return SourceManifest(about: object["about"]?.string, entries: entries, extra: extra)
    }

    /// Writes the manifest in the layout the shipped one uses (one source a line), atomically.
    public func write(to url: URL) throws {
        var lines = ["{"]
        if let about { lines.append("  \"about\": \(JSONValue.string(about).compact),") }
        for key in extra.keys.sorted() { lines.append("  \(JSONValue.string(key).compact): \(extra[key]!.compact),") }
        lines.append("  \"sources\": [")
        for (index, entry) in entries.enumerated() {
            var pairs: [(String, JSONValue)] = []
            if let file = entry.file { pairs.append(("file", .string(file))) }
            if let link = entry.url { pairs.append(("url", .string(link))) }
            if let language = entry.language { pairs.append(("language", .string(language))) }
            if let title = entry.title { pairs.append(("title", .string(title))) }
            if let publisher = entry.publisher { pairs.append(("publisher", .string(publisher))) }
            if let published = entry.published { pairs.append(("published", .string(published))) }
            if let precision = entry.publishedPrecision { pairs.append(("published_precision", .string(precision))) }
            for key in entry.extra.keys.sorted() { pairs.append((key, entry.extra[key]!)) }
            let body = pairs.map { "\(JSONValue.string($0.0).compact): \($0.1.compact)" }.joined(separator: ", ")
            lines.append("    {\(body)}" + (index + 1 < entries.count ? "," : ""))
        }
        lines.append("  ]")
        lines.append("}")
        try (lines.joined(separator: "\n") + "\n").data(using: .utf8)!.write(to: url, options: .atomic)
    }
}

/// Any JSON value, for keeping fields this version does not interpret.
public enum JSONValue: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// One-line JSON without escaped slashes or non-ASCII, as people write manifests by hand.
    public var compact: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "null" }
        return text
    }
}
