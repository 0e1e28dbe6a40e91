import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
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

    @Test("kill -9 of `claims check` recording on PostgreSQL, 20 trials: no decision lost, no run or the whole run, the chain verifies")
    func killedCheck() async throws {
        guard Backend.available.contains(.postgres) else { return }
        let workspace = try await Workspace("fault-check", .postgres)
        defer { workspace.remove() }
        // The ledger before each trial: a story checked and three of its conflicts decided.
        try Stories.large(workspace, folder: "big", count: 24)
        let seeded = try await workspace.checkReport("big")
        for conflict in seeded.conflicts.prefix(3) {
            let decided = try await workspace.verdict(conflict.id, "dismiss", note: "another scope")
            try #require(decided.status == 0, "\(decided.summary)")
        }
        let seededEvents = Set(try await workspace.log().events.map(\.hash))
        let seededCounts = try await workspace.rowCounts()
        // The killed runs check a larger story (the same first sources and as many more): new
        // sources, claims, conflicts and events, recorded in one transaction.
        try Stories.large(workspace, folder: "bigger", count: 48)

        /// A copy of the seeded ledger, the run on it started; when its connection appeared.
        func run(_ label: String) async throws -> (copy: Workspace, child: Child, started: ContinuousClock.Instant) {
            let copy = workspace.on(try await TestPostgres.createDatabase(template: workspace.ledger))
            let child = try copy.child(["check", "bigger", "--format", "json", "--quiet", "--ledger", copy.ledger])
            try child.start()
            return (copy, child, ContinuousClock.now)
        }
        func connected(_ copy: Workspace, _ child: Child) async throws -> ContinuousClock.Instant? {
            while child.isRunning {
                if try await TestPostgres.inUse(copy.ledger) { return ContinuousClock.now }
                try await Task.sleep(for: .milliseconds(5))
            }
            return nil
        }

        // The whole run, uninterrupted: how long it takes, how long it records, what it holds.
        let clean = try await run("clean")
        defer { TestPostgres.dropDatabase(clean.copy.ledger) }
        let connectedAt = try await connected(clean.copy, clean.child)
        let cleanResult = try await clean.child.finish()
        let ended = ContinuousClock.now
        try #require(cleanResult.status == 0, "\(cleanResult.summary)")
        let full = try await clean.copy.rowCounts()
        try #require(full[0] > seededCounts[0] && full[3] > seededCounts[3], "the larger story records more sources and events: \(seededCounts) → \(full)")
        let duration = ended - clean.started
        let recording = ended - (connectedAt ?? ended)

        var outcomes: [String] = []
        var killedRecording = 0
        for trial in 0..<20 {
            let (copy, child, started) = try await run("trial-\(trial)")
            defer { TestPostgres.dropDatabase(copy.ledger) }
            var stage = "reading"
            if trial < 10 {
                // Spread over the whole run: reading the sources, then recording them.
                try await Task.sleep(until: started.advanced(by: duration * Double(trial + 1) / 11), clock: ContinuousClock())
                if try await TestPostgres.inUse(copy.ledger) { stage = "recording" }
            } else {
                // Spread over the recording, from the moment the run connected.
                if let at = try await connected(copy, child) {
                    try await Task.sleep(until: at.advanced(by: recording * Double(trial - 10) / 10), clock: ContinuousClock())
                    stage = "recording"
                }
            }
            let sent = child.killNow()
            let result = try await child.finish()
            #expect(result.signaled || result.status == 0, "trial \(trial): \(result.summary)")
            if sent, result.signaled, stage == "recording" { killedRecording += 1 }
            let verified = try await copy.verify()
            #expect(verified.status == 0, "trial \(trial): \(verified.summary)")
            let events = Set(try await copy.log().events.map(\.hash))
            #expect(seededEvents.isSubset(of: events), "trial \(trial): \(seededEvents.subtracting(events).count) earlier events lost")
            let counts = try await copy.rowCounts()
            #expect(counts == seededCounts || counts == full, "trial \(trial): rows \(counts); before the run \(seededCounts), after it \(full)")
            // A kill after the commit, as the run ends, finds the whole run recorded.
            if counts == full, stage == "reading" { stage = "ending" }
            outcomes.append("\(trial): \(result.signaled ? "killed" : "finished") \(stage), \(counts == full ? "whole run" : "no run")")
        }
        #expect(killedRecording >= 5, "at least five kills land while the run records: \(outcomes)")
        print("kill -9 of check on PostgreSQL (run \(duration), recording \(recording)): " + outcomes.joined(separator: "; "))
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
