import ClaimsCore
import ClaimsLedger
import Foundation
import Testing

/// Faults on a ledger in use: a reviewer process killed with SIGKILL in the middle of its
/// decisions, and a PostgreSQL server restarted under a reviewer. Every decision a reviewer was
/// told was committed is in the history afterwards, and the chain verifies.
/// One trial set at a time: each keeps reviewer processes deciding at full speed, and three sets
/// at once on two cores starved the rest of the run.
@Suite("faults: killed reviewers and a restarted server", .serialized)
struct FaultTests {
    /// A reviewer process of the load benchmark: decisions on the ledger's conflicts in turn,
    /// each number printed once committed.
    static func reviewer(_ workspace: Workspace, _ name: String, decisions: Int) throws -> Child {
        try workspace.child(["bench", "--ledger-load", workspace.ledger, "--ledger-worker", name, "--decisions", "\(decisions)"])
    }

    /// Waits (up to a minute) until `child` has said `count` decisions were committed.
    static func waitForDecisions(_ child: Child, _ count: Int) async throws {
        let clock = ContinuousClock()
        let started = clock.now
        while child.isRunning, child.outputSoFar.split(separator: "\n").count < count, clock.now - started < .seconds(60) {
            try await Task.sleep(for: .milliseconds(2))
        }
    }

    /// The numbers of `name`'s decisions in the history.
    static func recorded(_ workspace: Workspace, by name: String) throws -> [Int] {
        try Ledger(path: workspace.ledger, create: false).log(limit: .max).filter { $0.actor == name }
            .compactMap { $0.note?.split(separator: "#").last.flatMap { Int($0) } }
    }

    @Test("kill -9 of a reviewer mid-run, 20 trials: no committed decision lost, the chain verifies", arguments: Backend.available)
    func killedReviewer(_ backend: Backend) async throws {
        let workspace = try await Workspace("fault-kill", backend)
        defer { workspace.remove() }
        try Stories.manyInvestments(workspace)
        _ = try await workspace.checkReport("many")
        var interrupted = 0
        for trial in 0..<20 {
            let name = "killed-\(trial)"
            let child = try Self.reviewer(workspace, name, decisions: 1_000_000)
            try child.start()
            // Mid-run, at a moment that varies: after its first decisions, plus a few ms.
            try await Self.waitForDecisions(child, 1 + trial % 4)
            try await Task.sleep(for: .milliseconds((trial * 7) % 25))
            #expect(child.killNow(), "trial \(trial): the reviewer ended before the kill")
            let result = try await child.finish()
            let acknowledged = result.stdoutLines.compactMap { Int($0) }
            let recorded = try Self.recorded(workspace, by: name)
            // Committed and told; at most one more committed in the instant before it was told.
            #expect(Set(acknowledged).isSubset(of: Set(recorded)), "trial \(trial): \(acknowledged.count) told, \(recorded.count) recorded")
            #expect(recorded.count <= acknowledged.count + 1 && Set(recorded).count == recorded.count, "trial \(trial)")
            if !acknowledged.isEmpty { interrupted += 1 }
        }
        #expect(interrupted == 20, "every kill lands among the decisions: \(interrupted) of 20")
        let verified = try await workspace.verify()
        #expect(verified.status == 0, "\(verified.summary)")
    }

    @Test("a PostgreSQL server restarted mid-run, 20 trials: the reviewer goes on, nothing lost, the chain verifies")
    func restartedServer() async throws {
        guard Backend.available.contains(.postgres) else { return }
        let server = try await PrivateServer()
        defer { server.stop() }
        let url = server.admin
        var workspace = try await Workspace("fault-restart")
        defer { workspace.remove() }
        workspace = workspace.on(url)
        try Stories.manyInvestments(workspace)
        _ = try await workspace.checkReport("many")
        for trial in 0..<20 {
            let name = "restarted-\(trial)"
            let child = try Self.reviewer(workspace, name, decisions: 30)
            try child.start()
            // Mid-run: once the reviewer has committed its first decisions.
            try await Self.waitForDecisions(child, 1 + trial % 5)
            try await server.restart()
            let result = try await child.finish(timeout: .seconds(120))
            #expect(result.status == 0, "trial \(trial): \(result.summary)")
            let recorded = try Self.recorded(workspace, by: name)
            #expect(Set(recorded) == Set(0..<30), "trial \(trial): \(recorded.count) recorded")
        }
        let verified = try await workspace.verify()
        #expect(verified.status == 0, "\(verified.summary)")
    }
}
