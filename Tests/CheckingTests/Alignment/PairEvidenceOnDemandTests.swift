import ClaimsCore
import EvidenceScorer
import Foundation
import Testing

/// The aligner scores candidate pairs without writing their evidence down and writes it when a
/// pair is shown. Both must say the same: a score alone is the score of the evidence, and the
/// evidence a group writes for a pair is the scorer's own.
@Suite("Pair evidence written on demand")
struct PairEvidenceOnDemandTests {
    /// The demo corpus, in memory: five real articles in three languages.
    static func demo() throws -> [MemorySource] {
        let folder = Stage.lexiconDirectory.deletingLastPathComponent().appendingPathComponent("sources", isDirectory: true)
        struct Manifest: Decodable {
            struct Entry: Decodable { var file: String; var language: String; var published: String? }
            var sources: [Entry]
        }
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("sources.json")))
        return try manifest.sources.map { entry in
            MemorySource(entry.file, entry.language, published: entry.published,
                         try String(contentsOf: folder.appendingPathComponent(entry.file), encoding: .utf8))
        }
    }

    @Test("the score alone equals the score of the evidence, for every pair the blocks bring together in the demo corpus")
    func scoreOnly() async throws {
        let outcome = try await OpenStage.run(Self.demo() + EvidenceAlignmentTests.ferry)
        let scorer = EvidenceScorer()
        let statistics = Aligner.statistics(outcome.claims)
        var blocks: [String: [Claim]] = [:]
        for claim in outcome.claims { for key in scorer.blockingKeys(for: claim) { blocks[key, default: []].append(claim) } }
        var compared = 0, linked = 0
        for members in blocks.values {
            for x in members.indices { for y in members.indices where y > x {
                let full = scorer.score(members[x], members[y], statistics: statistics)
                #expect(scorer.scoreOnly(members[x], members[y], statistics: statistics) == full?.score)
                compared += 1
                if let full, full.score >= 2.5 { linked += 1 }
            } }
        }
        // Enough pairs, some linked, for the comparison to mean something.
        #expect(compared > 500 && linked > 50, "\(compared) pairs, \(linked) linked")
    }

    @Test("the evidence a group writes for a pair is the scorer's evidence for its two claims, with the linking score")
    func groupEvidence() async throws {
        let outcome = try await OpenStage.run(Self.demo() + EvidenceAlignmentTests.ferry)
        let scorer = EvidenceScorer()
        let statistics = Aligner.statistics(outcome.claims)
        let sources = Dictionary(outcome.result.documents.map { ($0.source.id, $0.source) }, uniquingKeysWith: { first, _ in first })
        let groups = Aligner(scorers: [scorer]).align(outcome.claims, sources: sources)
        var pairs = 0
        for group in groups {
            for pair in group.pairs ?? [] {
                let (a, b) = (group.claims[pair.leftIndex], group.claims[pair.rightIndex])
                #expect(a.id == pair.left && b.id == pair.right)
                let evidence = group.evidence(for: pair)
                #expect(evidence == scorer.score(a, b, statistics: statistics))
                #expect(evidence.score == pair.score && evidence.scorer == pair.scorer && !evidence.shared.isEmpty)
                pairs += 1
            }
        }
        #expect(pairs > 10, "\(pairs) pairs linked")
    }
}
