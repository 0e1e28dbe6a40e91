import ClaimsCore
import Testing

@Suite("Codes of one thing compared across reports")
struct IdentifierCheckerTests {
    static let crash = [
        MemorySource("vi", "vi", published: "2013-10-17", "Chuyến bay QV301 của hãng Lao Airlines đã rơi xuống sông Mekong."),
        MemorySource("hans", "zh-Hans", published: "2013-10-17", "老挝航空公司航班号为QV301的客机坠入湄公河。"),
        MemorySource("en", "en", published: "2013-10-17", "Lao Airlines Flight QV301 crashed into the Mekong River."),
    ]

    static func codeFindings(_ outcome: Outcome) -> [Finding] {
        outcome.findings.filter { $0.kind == .identifier }
    }

    @Test("the same flight number in three languages agrees")
    func agreeing() async throws {
        let outcome = try await OpenStage.run(Self.crash)
        let findings = Self.codeFindings(outcome)
        #expect(!findings.contains { $0.verdict == .conflict }, "\(findings.map(\.rationale))")
        let consistent = try #require(findings.first { $0.verdict == .consistent })
        #expect(Set(consistent.statements.map(\.sourceID)) == ["vi", "hans", "en"])
        #expect(consistent.rationale.contains("the same code"))
    }

    @Test("a changed flight number in any one report is flagged", arguments: ["vi", "hans", "en"])
    func changed(source: String) async throws {
        let sources = Self.crash.map { s in
            s.id == source ? MemorySource(s.id, s.language, published: s.published, s.text.replacingOccurrences(of: "QV301", with: "QV310")) : s
        }
        let outcome = try await OpenStage.run(sources)
        let conflict = try #require(Self.codeFindings(outcome).first { $0.verdict == .conflict },
                                    "\(outcome.findings.map(\.rationale))")
        #expect(conflict.severity == .medium)
        #expect(conflict.rationale.contains("the codes differ"))
        #expect(conflict.statements.contains { $0.sourceID == source && $0.value == "QV310" })
        let evidence = try #require(conflict.evidence.first)
        #expect(evidence.evidence.shared.contains { $0.key == "QV" && $0.role == "series" })
    }

    @Test("codes of another series, or two codes a report names itself, are no conflict")
    func negatives() async throws {
        let sources = [
            MemorySource("vi", "vi", published: "2013-10-17", "Chuyến bay QV301 đã rơi. Hãng còn khai thác chuyến bay QV302 mỗi ngày."),
            MemorySource("en", "en", published: "2013-10-17", "Flight MH301 landed safely on Tuesday."),
        ]
        let outcome = try await OpenStage.run(sources)
        #expect(!Self.codeFindings(outcome).contains { $0.verdict == .conflict }, "\(outcome.findings.map(\.rationale))")
    }
}
