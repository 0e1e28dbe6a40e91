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

    /// Reports whose dates are told with other verbs and other words around them: the day a
    /// fire broke out, the day the police spoke of it, the day since which a market was closed.
    static let dated = [
        MemorySource("fire-en", "en", published: "2024-03-05",
                     "A fire broke out at the Dong Xuan market in Hanoi on March 3, destroying 200 stalls. Police said on Monday that the market had been closed since 2019 for repairs."),
        MemorySource("fire-vi", "vi", published: "2024-03-05",
                     "Ngày 3/3, một vụ hỏa hoạn đã xảy ra tại chợ Đồng Xuân ở Hà Nội, thiêu rụi 200 gian hàng. Chợ đã đóng cửa từ năm 2019 để sửa chữa."),
        MemorySource("fire-hans", "zh-Hans", published: "2024-03-04",
                     "3月3日，河内同春市场发生火灾，烧毁200个摊位。警方3月4日表示，该市场自2019年以来一直关闭维修。"),
    ]

    @Test("two dates or durations the scorer would link always share a block: blocks by event, relation and topic, not by names")
    func datesMeetWhereTheyCanLink() async throws {
        let outcome = try await OpenStage.run(Self.reports() + Self.dated)
        let scorer = EvidenceScorer()
        let statistics = Aligner.statistics(outcome.claims)
        let when = outcome.claims.filter { $0.kind == .date || $0.kind == .duration }
        var linkable = 0
        for x in when.indices { for y in when.indices where y > x {
            let (a, b) = (when[x], when[y])
            guard let score = scorer.scoreOnly(a, b, statistics: statistics) else { continue }
            linkable += 1
            let shared = Set(scorer.blockingKeys(for: a)).intersection(scorer.blockingKeys(for: b))
            #expect(!shared.isEmpty, "\(a.text) (\(a.quote)) ~ \(b.text) (\(b.quote)): score \(score), no block in common")
        } }
        #expect(linkable >= 3, "\(linkable) pairs of dates the scorer does not veto")
        // And a date is not blocked by the names of its sentence: those it shares with every
        // other date of the story brought every pair together only to be vetoed.
        for claim in when {
            let names = Set(claim.reading?.names ?? [])
            #expect(scorer.blockingKeys(for: claim).allSatisfy { key in !names.contains { key.hasSuffix("|" + $0) } }, "\(claim.text)")
        }
    }
}
