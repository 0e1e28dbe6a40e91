import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

@Suite("ledger export")
struct ExportTests {
    static let moneyNote = "the filing, \"page 3\", says $2 billion"
    static let countNote = "two reports\nof the same arrests"

    struct Fixture {
        var workspace: Workspace
        var money: String
        var count: String
        var percentage: String
        var date: String
    }

    /// The mixed story checked; the money conflict confirmed (a is right) by "Ann Lee", the count
    /// conflict dismissed by B, a note on the percentage conflict, the date conflict left open.
    static func fixture(_ label: String, _ backend: Backend) async throws -> Fixture {
        let workspace = try await Workspace(label, backend)
        try Stories.mixed(workspace)
        let report = try await workspace.checkReport("mix")
        let byKind = Dictionary(report.conflicts.map { ($0.kind, $0.id) }, uniquingKeysWith: { first, _ in first })
        try #require(report.conflicts.count == 4 && byKind.count == 4, "\(report.conflicts.map(\.kind))")
        let fixture = Fixture(workspace: workspace, money: try #require(byKind["money"]), count: try #require(byKind["count"]),
                              percentage: try #require(byKind["percentage"]), date: try #require(byKind["date"]))
        try #require(try await workspace.verdict(fixture.money, "confirm", note: moneyNote, correct: "a", reviewer: "Ann Lee").status == 0)
        try #require(try await workspace.verdict(fixture.count, "dismiss", note: countNote, reviewer: "B").status == 0)
        try #require(try await workspace.verdict(fixture.percentage, "note", note: "ask about dilution", reviewer: "C").status == 0)
        return fixture
    }

    static func export(_ workspace: Workspace, _ format: String) async throws -> RunResult {
        let result = try await workspace.run(["ledger", "export", "--format", format, "--ledger", workspace.ledger])
        try #require(result.status == 0, "\(result.summary)")
        #expect(result.stderrLines.isEmpty, "\(result.summary)")
        return result
    }

    static func canonical(_ conflict: LedgerConflict) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(conflict), as: UTF8.self)
    }

    @Test("jsonl: one line a conflict, each reading back as the ledger's own LedgerConflict", arguments: Backend.available)
    func jsonlRoundTrips(_ backend: Backend) async throws {
        let fixture = try await Self.fixture("export-jsonl", backend)
        defer { fixture.workspace.remove() }
        let result = try await Self.export(fixture.workspace, "jsonl")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == "", "the export ends with a newline")
        let records = lines.dropLast()
        let decoded = try records.map { try JSONDecoder().decode(LedgerConflict.self, from: Data($0.utf8)) }
        let expected = try Ledger(path: fixture.workspace.ledger).conflicts()
        #expect(decoded.count == 4)
        #expect(decoded.map(\.id) == expected.map(\.id))
        #expect(try decoded.map(Self.canonical) == expected.map(Self.canonical))

        let byId = Dictionary(uniqueKeysWithValues: decoded.map { ($0.id, $0) })
        #expect(byId[fixture.money]?.status == .confirmed)
        #expect(byId[fixture.money]?.decision?.note == Self.moneyNote)
        #expect(byId[fixture.count]?.status == .dismissed)
        #expect(byId[fixture.count]?.decision?.note == Self.countNote)
        #expect(byId[fixture.percentage]?.status == .open)
        #expect(byId[fixture.percentage]?.decision == nil)
        #expect(byId[fixture.percentage]?.events.map(\.type) == [.detected, .note])
        #expect(byId[fixture.date]?.events.map(\.type) == [.detected])
        #expect(byId[fixture.money]?.statements.first { $0.source == "a" }?.quote == "Acme invested $2 billion in Beta, a startup.")
    }

    @Test("csv: a header and one row a conflict, fields with commas, quotes or line breaks quoted", arguments: Backend.available)
    func csvRows(_ backend: Backend) async throws {
        let fixture = try await Self.fixture("export-csv", backend)
        defer { fixture.workspace.remove() }
        let result = try await Self.export(fixture.workspace, "csv")
        let expected = try Ledger(path: fixture.workspace.ledger).conflicts()
        let header = ["id", "kind", "topic", "severity", "status", "checker", "rationale", "reviewer", "decision", "correct_source",
                      "note", "decided_at", "statements"]
        #expect(result.stdout.hasPrefix(header.joined(separator: ",") + "\n"))
        let rows = CSV.parse(result.stdout)
        #expect(rows.first == header)
        #expect(rows.count == 1 + expected.count, "\(result.stdout)")
        for (row, conflict) in zip(rows.dropFirst(), expected) {
            #expect(row.count == header.count, "\(row)")
            guard row.count == header.count else { continue }
            #expect(row[0] == conflict.id)
            #expect(row[1] == conflict.kind)
            #expect(row[4] == conflict.status.rawValue)
            #expect(row[6] == conflict.rationale)
            #expect(row[7] == (conflict.decision?.actor ?? ""))
            #expect(row[8] == (conflict.decision?.type.rawValue ?? ""))
            #expect(row[9] == (conflict.decision?.correctSource ?? ""))
            #expect(row[10] == (conflict.decision?.note ?? ""))
            #expect(row[11] == (conflict.decision?.at ?? ""))
            for statement in conflict.statements {
                #expect(row[12].contains(statement.quote), "\(row[12])")
            }
        }
        let money = try #require(rows.first { $0.first == fixture.money })
        #expect(money[7] == "Ann Lee" && money[8] == "confirmed" && money[9] == "a")
        #expect(rows.first { $0.first == fixture.percentage }?[8] == "", "a note is not a decision")
        // Quoting as RFC 4180 has it: the field wrapped in quotes, inner quotes doubled, line breaks kept.
        #expect(result.stdout.contains(",\"the filing, \"\"page 3\"\", says $2 billion\","), "\(result.stdout)")
        #expect(result.stdout.contains(",\"two reports\nof the same arrests\","), "\(result.stdout)")
        #expect(result.stdout.contains("Beta, a startup."))
        // Plain fields are not quoted.
        #expect(result.stdout.contains("\n\(fixture.date),date,"), "\(result.stdout)")
    }

    @Test("claimreview: a ClaimReview per statement of each decided conflict, nothing for the others", arguments: Backend.available)
    func claimReviews(_ backend: Backend) async throws {
        let fixture = try await Self.fixture("export-claimreview", backend)
        defer { fixture.workspace.remove() }
        let result = try await Self.export(fixture.workspace, "claimreview")
        let conflicts = try Ledger(path: fixture.workspace.ledger).conflicts()
        let json = try JSONSerialization.jsonObject(with: result.stdoutData)
        let reviews = try #require(json as? [[String: Any]], "a JSON array of objects: \(result.stdout)")
        let decided = conflicts.filter { $0.decision != nil }
        #expect(Set(decided.map(\.id)) == [fixture.money, fixture.count])
        #expect(reviews.count == decided.reduce(0) { $0 + $1.statements.count })

        var identifiers: Set<String> = []
        for review in reviews {
            #expect(review["@type"] as? String == "ClaimReview")
            #expect(review["@context"] as? String == "https://schema.org")
            let identifier = try #require(review["identifier"] as? String)
            identifiers.insert(identifier)
            let parts = identifier.split(separator: "/").map(String.init)
            let conflict = try #require(decided.first { $0.id == parts.first }, "\(identifier) names a decided conflict")
            let statement = try #require(conflict.statements.first { $0.claim == parts.last })
            let decision = try #require(conflict.decision)
            #expect(review["claimReviewed"] as? String == statement.quote)
            #expect(review["datePublished"] as? String == String(decision.at.prefix(10)))
            let author = try #require(review["author"] as? [String: Any])
            #expect(author["@type"] as? String == "Person")
            #expect(author["name"] as? String == decision.actor)

            let rating = try #require(review["reviewRating"] as? [String: Any])
            #expect(rating["@type"] as? String == "Rating")
            let explanation = try #require(rating["ratingExplanation"] as? String)
            #expect(explanation.contains(conflict.rationale) && explanation.contains(decision.note ?? ""))
            let name = rating["alternateName"] as? String
            if conflict.id == fixture.money {
                #expect(name == (statement.source == "a" ? "Accurate" : "Contradicted by a"))
            } else {
                #expect(name == "Consistent with the other sources")
            }

            let item = try #require(review["itemReviewed"] as? [String: Any])
            #expect(item["@type"] as? String == "Claim")
            let appearances = try #require(item["appearance"] as? [[String: Any]])
            #expect(appearances.count == 1)
            let appearance = try #require(appearances.first)
            #expect(appearance["@type"] as? String == "CreativeWork")
            #expect((appearance["url"] as? String)?.hasSuffix("\(statement.source).txt") == true, "\(appearance)")
            #expect(appearance["datePublished"] as? String == "2013-10-29")
            #expect(appearance["inLanguage"] as? String == "en")
            if statement.source == "a" {
                #expect(appearance["headline"] as? String == "Report, \"A\"")
                let publisher = try #require(item["author"] as? [String: Any])
                #expect(publisher["@type"] as? String == "Organization")
                #expect(publisher["name"] as? String == "Daily A")
            } else {
                #expect(appearance["headline"] == nil)
                #expect(item["author"] == nil)
            }
        }
        #expect(identifiers.count == reviews.count)
        #expect(!identifiers.contains { $0.hasPrefix(fixture.percentage) || $0.hasPrefix(fixture.date) })
    }

    @Test("claimreview of a ledger with no decision is an empty array", arguments: Backend.available)
    func claimReviewsEmpty(_ backend: Backend) async throws {
        let workspace = try await Workspace("export-empty", backend)
        defer { workspace.remove() }
        try Stories.vietnamese(workspace)
        _ = try await workspace.checkReport("vi")
        let result = try await Self.export(workspace, "claimreview")
        let json = try JSONSerialization.jsonObject(with: result.stdoutData)
        #expect((json as? [Any])?.isEmpty == true, "\(result.stdout)")
        let csv = CSV.parse(try await Self.export(workspace, "csv").stdout)
        #expect(csv.count == 2)
        #expect(csv.last?[4] == "open")
    }
}
