import Foundation

/// The folder a user works in: `Claims/` holds the sources, lexicons, fetch cache and ledger.
public struct Workbench: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    public var claimsDirectory: URL { root.appendingPathComponent("Claims", isDirectory: true) }
    public var sourcesDirectory: URL { claimsDirectory.appendingPathComponent("sources", isDirectory: true) }
    public var cacheDirectory: URL { claimsDirectory.appendingPathComponent("cache", isDirectory: true) }
    public var lexiconDirectory: URL { claimsDirectory.appendingPathComponent("lexicon", isDirectory: true) }
    public var valueLexiconDirectory: URL { lexiconDirectory.appendingPathComponent("values", isDirectory: true) }
    /// The claims ledger: every conflict and verdict, append-only.
    public var ledgerURL: URL { claimsDirectory.appendingPathComponent("ledger.sqlite") }
    public var manifestURL: URL { sourcesDirectory.appendingPathComponent(SourceManifest.fileName) }

    /// Finds the workbench: an explicit folder, else `$CLAIMS_HOME`, else the nearest folder at
    /// or above the working directory that has `Claims/sources`, else the checkout this binary
    /// was built from (so `claims` works from anywhere during development).
    public static func locate(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
                              currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> Workbench {
        if let explicit, !explicit.isEmpty { return Workbench(root: URL(fileURLWithPath: explicit)) }
        if let home = environment["CLAIMS_HOME"], !home.isEmpty { return Workbench(root: URL(fileURLWithPath: home)) }
        var folder = currentDirectory.standardizedFileURL
        while true {
            let candidate = Workbench(root: folder)
            if FileManager.default.fileExists(atPath: candidate.sourcesDirectory.path) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        if FileManager.default.fileExists(atPath: builtIn.sourcesDirectory.path) { return builtIn }
        return Workbench(root: currentDirectory)
    }

    /// The checkout this binary was built from, which holds the shipped corpus and lexicons.
    public static let builtIn = Workbench(root: URL(fileURLWithPath: #filePath) // Sources/ClaimsCore/Support/Workbench.swift
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
}
