import ClaimsCore
import ClaimsHost
import ClaimsTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Module processes never outlive what started them: each runs in a process group of its own
/// with a clean signal state; a stop, a time-out or the host's death ends the whole group.
@Suite("module processes and their children")
struct ModuleGroupTests {
    /// The child pid a module wrote, waiting for it a few seconds.
    static func childPID(in folder: URL) async -> Int? {
        for _ in 0..<200 {
            if let text = try? String(contentsOf: folder.appendingPathComponent("child.pid"), encoding: .utf8), let pid = Int(text) { return pid }
            try? await Task.sleep(for: .milliseconds(25))
        }
        return nil
    }

    /// Bit `signal` of a /proc/self/status mask, in hex.
    static func has(_ mask: String, _ signal: Int32) -> Bool {
        guard let value = UInt64(mask, radix: 16) else { return true }
        return value & (1 << UInt64(signal - 1)) != 0
    }

    @Test("a module started from a thread that blocks signals has an empty mask, default actions and its own group")
    func cleanSignalState() async throws {
        let module = try Running(Modules.failing("masked", .good))
        defer { module.finish() }
        // The host's threads may block signals (a runtime's worker thread often does): the
        // module must not inherit that mask.
        let problem = await offPool {
            var blocked = sigset_t()
            sigemptyset(&blocked)
            for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM] { sigaddset(&blocked, signal) }
            pthread_sigmask(SIG_BLOCK, &blocked, nil)
            return module.process.connect()
        }
        #expect(problem == nil)
        let hello = module.process.handshake
        let pid = try #require(hello["pid"] as? Int)
        #expect(hello["pgid"] as? Int == pid, "the module leads a group of its own: \(hello)")
        let blocked = try #require(hello["sigblk"] as? String)
        #expect(UInt64(blocked, radix: 16) == 0, "blocked signals: \(blocked)")
        let ignored = try #require(hello["sigign"] as? String)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM] {
            #expect(!Self.has(ignored, signal), "signal \(signal) ignored: \(ignored)")
        }
    }

    @Test("stopping a module that forked a child ends both")
    func forkedChildStops() async throws {
        let module = try Running(Modules.failing("forker", .forks))
        defer { module.finish() }
        #expect(await offPool { module.process.connect() } == nil)
        let pid = try #require(module.pid)
        let child = try #require(await Self.childPID(in: module.moduleFolder))
        #expect(isAlive(child))
        guard case .success = await module.extract("3 brokebucks") else {
            Issue.record("the forking module did not answer")
            return
        }
        await offPool { module.process.stop() }
        #expect(await ends(pid, within: 10), "the module is still running")
        #expect(await ends(child, within: 10), "the module's child is still running")
    }

    @Test("a hanging module that ignores SIGTERM is stopped at its limit with its child")
    func stubbornModuleStops() async throws {
        let module = try Running(Modules.failing("stubborn", .stubborn))
        defer { module.finish() }
        #expect(await offPool { module.process.connect() } == nil)
        let pid = try #require(module.pid)
        let child = try #require(await Self.childPID(in: module.moduleFolder))
        guard case .failure(let failure) = await module.extract("3 brokebucks") else {
            Issue.record("the hanging module answered")
            return
        }
        #expect(failure.reason.contains("no answer within 2 s"), "\(failure.reason)")
        #expect(await ends(pid, within: 10), "the module is still running")
        #expect(await ends(child, within: 10), "the module's child is still running")
    }

    @Test("the host killed (SIGKILL, SIGTERM, SIGINT) while a module hangs: the module and its child end too",
          arguments: [SIGKILL, SIGTERM, SIGINT])
    func killedHost(_ signal: Int32) async throws {
        var stubborn = Modules.failing("stubborn", .stubborn)
        stubborn.requestSeconds = 120
        let bench = try Bench(modules: [stubborn])
        defer { bench.remove() }
        let host = Process()
        host.executableURL = try Claims.executable()
        host.arguments = ["check", bench.sources.path, "--modules", bench.modules.path, "--no-ledger", "--workbench", bench.workbench.path]
        host.currentDirectoryURL = bench.folder.url
        host.standardOutput = FileHandle.nullDevice
        host.standardError = FileHandle.nullDevice
        try host.run()
        // Wait until the module has forked and is inside its first (endless) request.
        var pid: Int?
        var child: Int?
        var tries = 0
        while tries < 2400, pid == nil || child == nil || !(bench.log(of: "stubborn")?.contains("request") ?? false) {
            pid = bench.pid(of: "stubborn")
            child = bench.childPID(of: "stubborn")
            tries += 1
            try await Task.sleep(for: .milliseconds(25))
        }
        let module = try #require(pid, "the module never started")
        let forked = try #require(child, "the module never forked")
        kill(host.processIdentifier, signal)
        host.waitUntilExit()
        #expect(await ends(module, within: 15), "the module outlived the killed host")
        #expect(await ends(forked, within: 15), "the module's child outlived the killed host")
    }
}
