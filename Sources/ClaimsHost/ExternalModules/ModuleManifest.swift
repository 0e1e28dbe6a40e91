import ClaimsCore
import Foundation

/// A module folder's `module.json`: what the module is and how to start it.
public struct ModuleManifest: Codable, Sendable, Hashable {
    public struct Limits: Codable, Sendable, Hashable {
        /// Seconds one request may take before the module is stopped.
        public var requestSeconds: Double?
        /// Address space the module's process may use, in megabytes.
        public var memoryMB: Int?
        /// Seconds the module may take to start and answer the hello; an interpreter or a virtual
        /// machine on a busy computer can take many.
        public var startSeconds: Double?

        enum CodingKeys: String, CodingKey {
            case requestSeconds = "request_seconds"
            case memoryMB = "memory_mb"
            case startSeconds = "start_seconds"
        }
    }

    public var name: String
    public var kind: ModuleKind
    public var version: String
    /// The protocol version the module speaks (docs/module-protocol.md).
    public var `protocol`: Int
    public var languages: [String]
    /// The command that starts the module, run in the module's folder: ["python3", "module.py"].
    public var command: [String]
    public var summary: String?
    public var limits: Limits?
    /// Set false to keep a module installed but out of runs.
    public var enabled: Bool?

    /// The folder the manifest was read from; not part of the file.
    public var folder: URL = URL(fileURLWithPath: "/")

    enum CodingKeys: String, CodingKey {
        case name, kind, version, `protocol`, languages, command, summary, limits, enabled
    }

    public var description: ModuleDescription {
        ModuleDescription(name: name, kind: kind, version: version, languages: languages,
                          summary: summary ?? "external \(kind.rawValue) (\(command.first ?? "?"))")
    }

    public var requestTimeout: TimeInterval { limits?.requestSeconds ?? 10 }
    /// The time to start and hand-shake: `limits.start_seconds`, else the request limit but at least ten seconds.
    public var startTimeout: TimeInterval { limits?.startSeconds ?? max(requestTimeout, 10) }

    public static let fileName = "module.json"

    /// Reads a module folder's manifest; the error names the file and what is wrong.
    public static func load(folder: URL) throws(SourceError) -> ModuleManifest {
        let url = folder.appendingPathComponent(fileName)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SourceError(source: url.path, problem: "module manifest cannot be read")
        }
        var manifest: ModuleManifest
        do { manifest = try JSONDecoder().decode(ModuleManifest.self, from: data) } catch {
            throw SourceError(source: url.path, problem: "not a valid module manifest: \(ValueLexicons.describe(error))")
        }
        guard !manifest.name.isEmpty, !manifest.command.isEmpty else {
            throw SourceError(source: url.path, problem: "a module manifest needs a name and a command")
        }
        guard manifest.kind != .scorer else {
            throw SourceError(source: url.path, problem: "pair scorers run in process only in protocol 1; kind must be extractor or checker")
        }
        manifest.folder = folder
        return manifest
    }
}



/// Finds module folders: every folder under the given roots that holds a `module.json`.
public enum ModuleDiscovery {
    public struct Found: Sendable {
        public var manifests: [ModuleManifest] = []
        public var errors: [SourceError] = []
    }

    public static func discover(in roots: [URL]) -> Found {
        var found = Found()
        var seen: Set<String> = []
        for root in roots {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
            for name in names where !name.hasPrefix(".") {
                let folder = root.appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(ModuleManifest.fileName).path) else { continue }
                do {
                    let manifest = try ModuleManifest.load(folder: folder)
                    if seen.insert(manifest.name).inserted { found.manifests.append(manifest) }
                } catch {
                    found.errors.append(error)
                }
            }
        }
        return found
    }
}
