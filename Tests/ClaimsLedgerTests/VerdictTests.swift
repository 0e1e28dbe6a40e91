import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

@Suite("claims verdict errors and claims conflicts filters")
struct VerdictTests {
    /// The English story checked: the money conflict (a, b) and the suspects conflict (b, c).
    static func english(_ label: String, _ backend: Backend) async throws -> (Workspace, money: String, suspects: String) {
        let workspace = try await Workspace(label, backend)
        try Stories.english(workspace)
        let report = try await workspace.checkReport("en")
        let money = try #require(report.conflicts.first { $0.kind == "money" }?.id)
        let suspects = try #require(report.conflicts.first { $0.kind == "count" }?.id)
        return (workspace, money, suspects)
    }

    @Test("a verdict prints the conflict's new state in one line", arguments: Backend.available)
    func verdictOutput(_ backend: Backend) async throws {
        let (workspace, money, _) = try await Self.english("verdict-ok", backend)
        defer { workspace.remove() }
        let result = try await workspace.verdict(String(money.dropFirst(2).prefix(4)), "confirm", correct: "b", reviewer: "A")
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.stdoutLines == ["\(money): confirmed (confirm by A)"], "\(result.summary)")
        let conflict = try Ledger(path: workspace.ledger).conflict(money)
        #expect(conflict.decision?.correctSource == "b")
    }

    @Test("a note leaves the state the last decision set; the state printed is the one the history gives", arguments: Backend.available)
    func noteKeepsState(_ backend: Backend) async throws {
        let (workspace, money, suspects) = try await Self.english("verdict-note", backend)
        defer { workspace.remove() }
        let open = try await workspace.verdict(suspects, "note", note: "asked the police")
        #expect(open.stdoutLines == ["\(suspects): open (note by A)"], "\(open.summary)")
        _ = try await workspace.verdict(money, "dismiss", note: "other deal")
        for _ in 0..<2 {
            let noted = try await workspace.verdict(money, "note", note: "checked again")
            #expect(noted.stdoutLines == ["\(money): dismissed (note by A)"], "\(noted.summary)")
        }
        let ledger = try Ledger(path: workspace.ledger)
        #expect(try ledger.conflict(money).status == .dismissed && ledger.conflict(suspects).status == .open)
        let confirmed = try ledger.decide(money, decision: .confirm, reviewer: "B")
        #expect(confirmed.status == .confirmed && confirmed.event.type == .confirmed && confirmed.event.actor == "B")
        #expect(try ledger.conflict(money).events.last == confirmed.event)
    }

    @Test("an unknown id: exit 2, one line naming it, nothing recorded", arguments: Backend.available)
    func unknownId(_ backend: Backend) async throws {
        let (workspace, money, _) = try await Self.english("verdict-unknown", backend)
        defer { workspace.remove() }
        let before = try await workspace.log()
        // Ids are matched as text, never as patterns: "%" and "_" name no conflict.
        let id = money
        for reference in ["f-000000000000", "zzzz", "%", "f-%", String(id.dropLast()) + "_"] {
            let result = try await workspace.verdict(reference, "confirm", reviewer: "A")
            #expect(result.status == 2, "\(result.summary)")
            #expect(result.stderrLines == ["claims: error: \(workspace.ledger): no conflict \(reference) in the ledger"], "\(result.summary)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try await workspace.log().raw == before.raw)
    }

    @Test("an ambiguous prefix: exit 2, one line naming the conflicts it could mean", arguments: Backend.available)
    func ambiguousPrefix(_ backend: Backend) async throws {
        let workspace = try await Workspace("verdict-ambiguous", backend)
        defer { workspace.remove() }
        try Stories.manyInvestments(workspace)
        let ids = try await workspace.checkReport("many").conflicts.map(\.id).sorted()
        // More conflicts than hex digits: at least two ids share the digit after "f-".
        #expect(ids.count > 16)
        let groups = Dictionary(grouping: ids) { $0.dropFirst(2).prefix(1) }
        let (digit, sharing) = try #require(groups.filter { $0.value.count >= 2 }.min { $0.key < $1.key })
        let before = try await workspace.log()
        for prefix in [String(digit), "f-" + digit] {
            let result = try await workspace.verdict(prefix, "dismiss", note: "same", reviewer: "A")
            #expect(result.status == 2, "\(result.summary)")
            #expect(result.stderrLines.count == 1, "\(result.summary)")
            let line = result.stderrLines.first ?? ""
            #expect(line.hasPrefix("claims: error: \(workspace.ledger): \(prefix) names several conflicts ("), "\(line)")
            #expect(line.contains(sharing[0]) && line.contains(sharing[1]), "\(line)")
            #expect(line.hasSuffix("give more of the id"), "\(line)")
        }
        #expect(try await workspace.log().raw == before.raw)
        // The whole id still names one.
        let exact = try await workspace.verdict(sharing[1], "dismiss", note: "same", reviewer: "A")
        #expect(exact.status == 0, "\(exact.summary)")
        #expect(try Ledger(path: workspace.ledger).conflict(sharing[1]).status == .dismissed)
        #expect(try Ledger(path: workspace.ledger).conflict(sharing[0]).status == .open)
    }

    @Test("--correct naming a source not in the conflict: exit 2, one line listing its sources", arguments: Backend.available)
    func correctSourceNotInConflict(_ backend: Backend) async throws {
        let (workspace, money, suspects) = try await Self.english("verdict-correct", backend)
        defer { workspace.remove() }
        let before = try await workspace.log()
        let result = try await workspace.verdict(money, "confirm", correct: "c", reviewer: "A")
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.stderrLines == ["claims: error: \(workspace.ledger): c is not a source of conflict \(money) (its sources: a, b)"],
                "\(result.summary)")
        let other = try await workspace.verdict(suspects, "confirm", correct: "a", reviewer: "A")
        #expect(other.status == 2, "\(other.summary)")
        #expect(other.stderrLines == ["claims: error: \(workspace.ledger): a is not a source of conflict \(suspects) (its sources: b, c)"],
                "\(other.summary)")
        #expect(try await workspace.log().raw == before.raw)
    }

    @Test("a dismissal without a reason is refused with exit 2 and records nothing", arguments: Backend.available)
    func dismissalWithoutNote(_ backend: Backend) async throws {
        let (workspace, money, _) = try await Self.english("verdict-note", backend)
        defer { workspace.remove() }
        let before = try await workspace.log()
        for note in [nil, "   "] as [String?] {
            let result = try await workspace.verdict(money, "dismiss", note: note, reviewer: "A")
            #expect(result.status == 2, "\(result.summary)")
            #expect(result.stderrLines.first?.contains("a dismissal needs its reason: --note TEXT") == true, "\(result.summary)")
            #expect(result.stdout.isEmpty)
        }
        let noteless = try await workspace.verdict(money, "note", reviewer: "A")
        #expect(noteless.status == 2, "\(noteless.summary)")
        #expect(noteless.stderrLines.first?.contains("--decision note needs --note TEXT") == true, "\(noteless.summary)")
        let correctOnDismiss = try await workspace.verdict(money, "dismiss", note: "same", correct: "a", reviewer: "A")
        #expect(correctOnDismiss.status == 2, "\(correctOnDismiss.summary)")
        #expect(correctOnDismiss.stderrLines.first?.contains("--correct goes with --decision confirm") == true, "\(correctOnDismiss.summary)")
        #expect(try await workspace.log().raw == before.raw)
    }

    @Test("a verdict without a reviewer's name: exit 2, one line", arguments: Backend.available)
    func verdictWithoutReviewer(_ backend: Backend) async throws {
        let (workspace, money, _) = try await Self.english("verdict-anon", backend)
        defer { workspace.remove() }
        let before = try await workspace.log()
        let result = try await workspace.verdict(money, "confirm", reviewer: nil)
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.stderrLines == ["claims: error: a decision needs the reviewer's name: --reviewer NAME (or set CLAIMS_REVIEWER)"],
                "\(result.summary)")
        #expect(try await workspace.log().raw == before.raw)
        let fromEnvironment = try await workspace.run(["verdict", money, "--decision", "confirm", "--ledger", workspace.ledger],
                                                      extra: ["CLAIMS_REVIEWER": "Env"])
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.summary)")
        #expect(try Ledger(path: workspace.ledger).conflict(money).decision?.actor == "Env")
    }

    /// `claims conflicts ARGUMENTS --format json`, which must succeed.
    static func listed(_ workspace: Workspace, _ arguments: [String]) async throws -> [LedgerConflict] {
        let result = try await workspace.run(["conflicts"] + arguments + ["--format", "json", "--ledger", workspace.ledger])
        try #require(result.status == 0, "\(result.summary)")
        return try JSONDecoder().decode([LedgerConflict].self, from: result.stdoutData)
    }

    @Test("conflicts --status and --kind select the right conflicts", arguments: Backend.available)
    func conflictFilters(_ backend: Backend) async throws {
        let workspace = try await Workspace("conflicts-filter", backend)
        defer { workspace.remove() }
        try Stories.mixed(workspace)
        let report = try await workspace.checkReport("mix")
        let byKind = Dictionary(report.conflicts.map { ($0.kind, $0.id) }, uniquingKeysWith: { first, _ in first })
        try #require(Set(byKind.keys) == ["money", "count", "percentage", "date"])
        let money = try #require(byKind["money"]), count = try #require(byKind["count"])
        let percentage = try #require(byKind["percentage"]), date = try #require(byKind["date"])
        #expect(try await workspace.verdict(money, "dismiss", note: "same deal", reviewer: "A").status == 0)
        #expect(try await workspace.verdict(date, "confirm", correct: "a", reviewer: "A").status == 0)

        func ids(_ arguments: [String]) async throws -> Set<String> { Set(try await Self.listed(workspace, arguments).map(\.id)) }
        let figures = try await Self.listed(workspace, ["--status", "all", "--kind", "figure"])
        #expect(Set(figures.map(\.id)) == [money, count])
        #expect(figures.allSatisfy { ["money", "count"].contains($0.kind) })
        #expect(try await ids(["--status", "all", "--kind", "date"]) == [date])
        #expect(try await ids(["--status", "all", "--kind", "percentage"]) == [percentage])
        #expect(try await ids(["--status", "all"]) == [money, count, percentage, date])
        #expect(try await ids([]) == [count, percentage], "open is the default")
        #expect(try await ids(["--status", "open", "--kind", "figure"]) == [count])
        #expect(try await ids(["--status", "dismissed", "--kind", "figure"]) == [money])
        #expect(try await ids(["--status", "confirmed"]) == [date])
        #expect(try await ids(["--status", "dismissed", "--kind", "date"]).isEmpty)
        #expect(try await ids(["--status", "stale"]).isEmpty)
        let figuresAll = try #require(figures.first { $0.id == money })
        #expect(figuresAll.status == .dismissed && figuresAll.decision?.note == "same deal")

        let bad = try await workspace.run(["conflicts", "--kind", "money", "--ledger", workspace.ledger])
        #expect(bad.status == 2, "\(bad.summary)")
    }
}
