import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

@Suite("two processes writing the ledger at once")
struct ConcurrencyTests {
    @Test("two verdicts on the same conflict at the same instant: both kept, the later one decides", arguments: Backend.available)
    func concurrentVerdicts(_ backend: Backend) async throws {
        let workspace = try await Workspace("race-verdict", backend)
        defer { workspace.remove() }
        try Stories.vietnamese(workspace)
        let id = try #require(try await workspace.checkReport("vi").conflicts.first?.id)

        let rounds = 12
        for round in 1...rounds {
            let barrier = Barrier(in: workspace)
            let confirm = try barrier.child(workspace, ["verdict", id, "--decision", "confirm", "--note", "A \(round)",
                                                        "--reviewer", "A", "--ledger", workspace.ledger])
            let dismiss = try barrier.child(workspace, ["verdict", id, "--decision", "dismiss", "--note", "B \(round)",
                                                        "--reviewer", "B", "--ledger", workspace.ledger])
            try confirm.start()
            try dismiss.start()
            try await Task.sleep(for: .milliseconds(50))
            barrier.open()
            let results = [try await confirm.finish(), try await dismiss.finish()]
            for result in results {
                #expect(result.status == 0 && !result.signaled, "round \(round): \(result.summary)")
                #expect(result.stderrLines.isEmpty, "round \(round): \(result.summary)")
            }

            let conflict = try Ledger(path: workspace.ledger).conflict(id)
            let decisions = conflict.events.filter { $0.type == .confirmed || $0.type == .dismissed }
            #expect(decisions.count == 2 * round, "round \(round)")
            #expect(decisions.contains { $0.actor == "A" && $0.type == .confirmed && $0.note == "A \(round)" }, "round \(round)")
            #expect(decisions.contains { $0.actor == "B" && $0.type == .dismissed && $0.note == "B \(round)" }, "round \(round)")
            let last = try #require(conflict.events.max { $0.seq < $1.seq })
            #expect(conflict.decision == last, "round \(round)")
            #expect(conflict.status == (last.type == .confirmed ? .confirmed : .dismissed), "round \(round)")
        }

        let (_, events) = try await workspace.log()
        #expect(events.count == 1 + 2 * rounds)
        #expect(events.map(\.seq).sorted() == Array(1...Int64(1 + 2 * rounds)))
        let shown = try await workspace.conflicts()
        #expect(shown.count == 1)
        let verified = try await workspace.verify()
        #expect(verified.status == 0, "\(verified.summary)")
    }

    @Test("two checks recording into the same ledger at once: both succeed, nothing twice", arguments: Backend.available)
    func concurrentChecks(_ backend: Backend) async throws {
        let workspace = try await Workspace("race-check", backend)
        defer { workspace.remove() }
        try Stories.manyInvestments(workspace)
        try Stories.vietnamese(workspace)

        for round in 1...8 {
            let target = try await workspace.using(ledger: "round-\(round).sqlite")
            // In odd rounds the ledger exists before the two runs race to record into it; in even
            // rounds they also race to create it.
            if round % 2 == 1 {
                _ = try Ledger(path: target.ledger)
                try #require(try await target.verify().status == 0)
            }
            let barrier = Barrier(in: workspace)
            let first = try barrier.child(target, ["check", "many", "vi", "--format", "json", "--quiet", "--ledger", target.ledger])
            let second = try barrier.child(target, ["check", "many", "vi", "--format", "json", "--quiet", "--ledger", target.ledger])
            try first.start()
            try second.start()
            try await Task.sleep(for: .milliseconds(50))
            barrier.open()
            let results = [try await first.finish(), try await second.finish()]
            var reports: [CheckReport] = []
            for result in results {
                #expect(result.status == 0 && !result.signaled, "round \(round): \(result.summary)")
                if result.status == 0 { reports.append(try JSONDecoder().decode(CheckReport.self, from: result.stdoutData)) }
            }
            let ids = Set(reports.first?.conflicts.map(\.id) ?? [])
            #expect(ids.count == 20, "round \(round)")
            #expect(reports.allSatisfy { Set($0.conflicts.map(\.id)) == ids }, "round \(round)")

            let conflicts = try await target.conflicts()
            #expect(conflicts.count == 20, "round \(round)")
            #expect(Set(conflicts.map(\.id)) == ids, "round \(round)")
            #expect(conflicts.allSatisfy { $0.events.map(\.type) == [.detected] }, "round \(round)")
            #expect(try await target.rowCounts() == [4, 42, 20, 20], "round \(round)")
            let verified = try await target.verify()
            #expect(verified.status == 0, "round \(round): \(verified.summary)")
        }
    }
}
