import ClaimsCore
import ClaimsLedger
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("a run killed with SIGKILL", .serialized)
struct CrashTests {
    /// When the run is killed.
    enum Moment: CustomStringConvertible {
        /// This long after the start.
        case afterStart(Duration)
        /// This long after the ledger file appears: the run has read every source and is opening
        /// the ledger, migrating it and recording in one transaction.
        case afterLedgerAppears(Duration)

        var description: String {
            switch self {
            case .afterStart(let delay): "\(delay) after the start"
            case .afterLedgerAppears(let delay): "\(delay) after the ledger appeared"
            }
        }
    }

    @Test("after a kill at any moment the ledger opens, verifies, and holds no run or the whole run")
    func killedDuringLargeRun() async throws {
        let workspace = try await Workspace("kill")
        defer { workspace.remove() }
        try Stories.large(workspace)

        // The whole run, uninterrupted: what a complete recording holds.
        let clean = try await workspace.using(ledger: "clean.sqlite")
        let started = ContinuousClock.now
        let report = try await clean.checkReport("big")
        let cleanDuration = ContinuousClock.now - started
        let full = try await clean.rowCounts()
        #expect(full.count == 4)
        #expect(full[0] == 300)
        #expect(full[2] >= 20, "the large story should record dozens of conflicts: \(full)")
        #expect(full[2] == report.conflicts.count)
        #expect(full[3] == full[2], "one detected event per conflict: \(full)")
        let fullIds = Set(report.conflicts.map(\.id))
        print("clean run of the large story: \(cleanDuration), rows (source, claim, conflict, event) \(full)")

        let moments: [Moment] = [
            .afterStart(.milliseconds(300)), .afterStart(.milliseconds(800)), .afterStart(.milliseconds(1500)),
            .afterLedgerAppears(.zero), .afterLedgerAppears(.milliseconds(300)), .afterLedgerAppears(.milliseconds(900)),
        ]
        var outcomes: [String] = []
        for (index, moment) in moments.enumerated() {
            let target = try await workspace.using(ledger: "killed-\(index).sqlite")
            let child = try target.child(["check", "big", "--format", "json", "--quiet", "--ledger", target.ledger])
            try child.start()
            let clock = ContinuousClock()
            let start = clock.now
            switch moment {
            case .afterStart(let delay):
                try await Task.sleep(until: start.advanced(by: delay), clock: clock)
            case .afterLedgerAppears(let delay):
                while child.isRunning, !FileManager.default.fileExists(atPath: target.ledger), clock.now - start < .seconds(60) {
                    try await Task.sleep(for: .milliseconds(2))
                }
                if delay > .zero { try await Task.sleep(for: delay) }
            }
            let sent = child.killNow()
            let result = try await child.finish()
            // Where the run was: no ledger yet, or a write-ahead log holding what it had written.
            let fileManager = FileManager.default
            let wal = try? fileManager.attributesOfItem(atPath: target.ledger + "-wal")[.size] as? Int
            let stage = !fileManager.fileExists(atPath: target.ledger) ? "no ledger file" : "ledger file, WAL \(wal.map { "\($0) bytes" } ?? "absent")"
            if case .afterStart = moment {
                // The run takes longer than this; the kill must have landed.
                #expect(sent && result.signaled && result.status == SIGKILL, "\(moment): \(result.summary)")
            }
            #expect(result.signaled || result.status == 0, "\(moment): \(result.summary)")

            // The ledger opens (here and in a new process) and its chain holds; killed before the
            // file was made, there is no ledger, which verify says rather than making one.
            let verified = try await target.verify()
            if fileManager.fileExists(atPath: target.ledger) {
                #expect(verified.status == 0, "\(moment): \(verified.summary)")
            } else {
                #expect(verified.status == 2 && verified.stderr.contains("no ledger here"), "\(moment): \(verified.summary)")
            }
            let ledger = try Ledger(path: target.ledger)
            let conflicts = try ledger.conflicts()
            #expect(try ledger.verify().firstProblem == nil, "\(moment)")
            // No run or the whole run: nothing in between.
            let counts = try await target.rowCounts()
            #expect(counts == [0, 0, 0, 0] || counts == full, "\(moment): rows \(counts), a complete run has \(full)")
            #expect(conflicts.isEmpty || Set(conflicts.map(\.id)) == fullIds, "\(moment): \(conflicts.count) conflicts")
            let killed = result.signaled ? "killed" : "finished first"
            outcomes.append("\(moment): \(killed) (\(stage)), \(counts == full ? "complete run" : "no run") recorded")
        }
        print("kills: " + outcomes.joined(separator: "; "))

        // A run after a kill records the whole run, once.
        let resumed = try await workspace.using(ledger: "killed-4.sqlite")
        let rerun = try await resumed.checkReport("big")
        #expect(Set(rerun.conflicts.map(\.id)) == fullIds)
        #expect(try await resumed.rowCounts() == full)
        #expect(try await resumed.verify().status == 0)
    }
}
