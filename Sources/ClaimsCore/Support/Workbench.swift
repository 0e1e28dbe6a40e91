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

    /// Where the shipped corpus, lexicons and example modules are: installed beside the binary
    /// (`scripts/install.sh` puts them in `PREFIX/share/claims` and the binary in `PREFIX/bin`),
    /// else the checkout this binary was built from.
    public static let builtIn = installed(nextTo: Bundle.main.executableURL) ?? checkout

    /// The checkout this binary was built from.
    public static let checkout = Workbench(root: URL(fileURLWithPath: #filePath) // Sources/ClaimsCore/Support/Workbench.swift
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())

    /// The folder an install step put the shipped data in: `../share/claims` from the folder of
    /// the executable (symbolic links followed), when it holds the value lexicons.
    public static func installed(nextTo executable: URL?) -> Workbench? {
        guard let executable else { return nil }
        let prefix = executable.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        let shared = Workbench(root: prefix.appendingPathComponent("share", isDirectory: true).appendingPathComponent("claims", isDirectory: true))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: shared.valueLexiconDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return shared
    }
}
