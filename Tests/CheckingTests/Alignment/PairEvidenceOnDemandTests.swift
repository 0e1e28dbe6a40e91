import ClaimsCore
import EvidenceScorer
import Foundation
import Testing

/// The aligner scores candidate pairs without writing their evidence down and writes it when a
/// pair is shown. Both must say the same: a score alone is the score of the evidence, and the
/// evidence a group writes for a pair is the scorer's own.
@Suite("Pair evidence written on demand")
struct PairEvidenceOnDemandTests {
    /// Short reports of two stories in four languages: a ferry and an earthquake, each with
    /// several figures, dates and places, so that the blocks hold linked and unlinked pairs.
    /// (In memory and short: the demo corpus run in a debug build would load the cores other
    /// tests' processes need.)
    static func reports() -> [MemorySource] {
        EvidenceAlignmentTests.ferry + [
            MemorySource("quake-en", "en", published: "2024-04-03",
                         "A magnitude 7.2 earthquake struck Hualien on April 3, killing 9 people and injuring 1,011. At least 137 people were trapped."),
            MemorySource("quake-vi", "vi", published: "2024-04-03",
                         "Trận động đất mạnh 7,2 độ richter xảy ra ở Hoa Liên ngày 3/4 làm 9 người chết và 1.011 người bị thương. Ít nhất 137 người bị mắc kẹt."),
            MemorySource("quake-hans", "zh-Hans", published: "2024-04-03",
                         "4月3日花莲发生7.2级地震，造成9人死亡、1011人受伤，至少137人受困。"),
            MemorySource("quake-hant", "zh-Hant", published: "2024-04-04",
                         "花蓮4月3日發生規模7.2地震，已知10人死亡、1,099人受傷。"),
        ]
    }

    @Test("the score alone equals the score of the evidence, for every pair the blocks bring together")
    func scoreOnly() async throws {
        let outcome = try await OpenStage.run(Self.reports())
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
        #expect(compared > 40 && linked > 8, "\(compared) pairs, \(linked) linked")
    }

    @Test("the evidence a group writes for a pair is the scorer's evidence for its two claims, with the linking score")
    func groupEvidence() async throws {
        let outcome = try await OpenStage.run(Self.reports())
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
        #expect(pairs > 6, "\(pairs) pairs linked")
    }
}
