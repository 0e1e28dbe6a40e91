import Foundation
import Testing
@testable import ClaimsCore

@Suite("Workbench: the shipped data beside an installed binary")
struct WorkbenchTests {
    @Test("a binary in PREFIX/bin finds PREFIX/share/claims, through a symbolic link too")
    func installed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("prefix/bin/claims", text: "#!/bin/sh\n")
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("prefix/share/claims/Claims/lexicon/values"),
                                                withIntermediateDirectories: true)
        let binary = dir.url.appendingPathComponent("prefix/bin/claims")
        let found = try #require(Workbench.installed(nextTo: binary))
        #expect(found.valueLexiconDirectory.resolvingSymlinksInPath().path
            == dir.url.appendingPathComponent("prefix/share/claims/Claims/lexicon/values").resolvingSymlinksInPath().path)
        // A link to the binary elsewhere (~/bin/claims -> PREFIX/bin/claims) still finds it.
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("elsewhere/bin"), withIntermediateDirectories: true)
        let link = dir.url.appendingPathComponent("elsewhere/bin/claims")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: binary)
        #expect(Workbench.installed(nextTo: link)?.root.resolvingSymlinksInPath().path == found.root.resolvingSymlinksInPath().path)
    }

    @Test("a binary with no shared data beside it falls back to the checkout")
    func notInstalled() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("bin/claims", text: "#!/bin/sh\n")
        #expect(Workbench.installed(nextTo: dir.url.appendingPathComponent("bin/claims")) == nil)
        #expect(Workbench.installed(nextTo: nil) == nil)
        // The test runner is no installed claims: the shipped data is the checkout's.
        #expect(FileManager.default.fileExists(atPath: Workbench.builtIn.valueLexiconDirectory.path))
    }
}
