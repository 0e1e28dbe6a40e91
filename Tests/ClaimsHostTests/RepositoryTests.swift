import ClaimsTestSupport
import Foundation
import Testing

/// What a fresh clone needs: the README's set-up names every package CI installs, and nothing a
/// test run writes is tracked.
@Suite("the repository")
struct RepositoryTests {
    /// The Debian packages `.ci/run` installs, from its `packages=(...)` line.
    static func ciPackages() throws -> [String] {
        let script = try String(contentsOf: Claims.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        let line = try #require(script.split(separator: "\n").first { $0.hasPrefix("packages=(") })
        let inside = line.dropFirst("packages=(".count).prefix { $0 != ")" }
        return inside.split(separator: " ").map(String.init)
    }

    @Test("the README's set-up installs every package .ci/run installs")
    func setUpListsPackages() throws {
        let readme = try String(contentsOf: Claims.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let setUp = try #require(readme.components(separatedBy: "\n## ").first { $0.hasPrefix("Set up") })
        let packages = try Self.ciPackages()
        #expect(packages.contains("libxml2-dev"))
        for package in packages {
            #expect(setUp.contains(package), "the README's set-up does not name \(package)")
        }
    }

    @Test("no log a test run writes is tracked by git")
    func logsUntracked() async throws {
        let root = Claims.packageRoot
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) else { return }
        let listed = try await Claims.program(URL(fileURLWithPath: "/usr/bin/env"), ["git", "ls-files", "Claims/logs"], in: root)
        try #require(listed.status == 0, "\(listed.summary)")
        #expect(listed.stdout.isEmpty, "tracked: \(listed.stdout)")
    }

    @Test("commands fail through CommandFailure only: no command prints its error and throws an exit code itself")
    func oneErrorPath() throws {
        let commands = Claims.packageRoot.appendingPathComponent("Sources/ClaimsHost")
        let files = FileManager.default.enumerator(at: commands, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 10)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains("throw ExitCode("), "\(file.lastPathComponent) throws an ExitCode of its own")
        }
    }
}
