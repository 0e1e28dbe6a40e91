import ClaimsCore
import Foundation
import Testing

/// The aligner on its own (claims made by hand) and in the real stage.
@Suite("Aligner: grouping by topic key")
struct AlignerTests {
    let sources = Dictionary(uniqueKeysWithValues: ["a", "b", "c"].map { ($0, Make.source($0, published: "2022-06-01")) })

    @Test("claims group by topic key only: kind, label and source do not split a group")
    func groupsByKeyOnly() {
        var relabelled = Make.claim("a2", source: "b", kind: .percentage, topic: "invested|acme|beta",
                                    value: NormalizedValue(display: "30%", number: 30, unit: "percent"))
        relabelled.topic?.label = "a different label"
        let claims = [
            Make.claim("a1", source: "a", topic: "invested|acme|beta"),
            Make.claim("g1", source: "a", topic: "loss|delta"),
            relabelled,
            Make.claim("g2", source: "c", topic: "loss|delta"),
            Make.claim("a3", source: "c", topic: "invested|acme|beta"),
        ]
        let groups = Aligner().align(claims, sources: sources)
        #expect(groups.map(\.topic.key) == ["invested|acme|beta", "loss|delta"])
        #expect(groups.first?.claims.map(\.id) == ["a1", "a2", "a3"])
        #expect(groups.first?.topic.label == "label of invested|acme|beta")
        #expect(groups.last?.claims.map(\.id) == ["g1", "g2"])
        // Each group names only the sources its claims come from.
        #expect(groups.first.map { Set($0.sources.keys) } == ["a", "b", "c"])
        #expect(groups.last.map { Set($0.sources.keys) } == ["a", "c"])
        #expect(groups.last?.sources["c"]?.published == PartialDate(parsing: "2022-06-01"))
    }

    @Test("groups of one are dropped and claims without a topic are left out")
    func singletonsAndUntopicedDropped() {
        let claims = [
            Make.claim("x1", source: "a", topic: nil),
            Make.claim("x2", source: "b", topic: nil),
            Make.claim("solo", source: "a", topic: "stake|acme|beta"),
            Make.claim("p1", source: "a", topic: "revenue|gamma"),
            Make.claim("p2", source: "b", topic: "revenue|gamma"),
            Make.claim("other", source: "c", topic: "revenue|delta"),
        ]
        let groups = Aligner().align(claims, sources: sources)
        #expect(groups.count == 1)
        #expect(groups.first?.topic.key == "revenue|gamma")
        #expect(groups.first?.claims.map(\.id) == ["p1", "p2"])
        #expect(Aligner().align([Make.claim("solo", source: "a", topic: "t")], sources: sources).isEmpty)
        #expect(Aligner().align([], sources: [:]).isEmpty)
    }

    @Test("two claims of one source on one topic form a group: a source can contradict itself")
    func oneSourceGroup() {
        let claims = [Make.claim("s1", source: "a", topic: "invested|acme|beta"),
                      Make.claim("s2", source: "a", topic: "invested|acme|beta")]
        let groups = Aligner().align(claims, sources: sources)
        #expect(groups.count == 1)
        #expect(groups.first?.claims.count == 2)
        #expect(groups.first.map { Array($0.sources.keys) } == ["a"])
    }

    @Test("100,000 claims over 10,000 topics align into 10,000 groups of 10")
    func scale() {
        let topics = 10_000
        let total = 100_000
        var claims: [Claim] = []
        claims.reserveCapacity(total + 2_000)
        for i in 0..<total {
            claims.append(Make.claim("c\(i)", source: "s\(i % 7)", topic: "t\(i % topics)"))
            // Noise that must not form groups: claims without a topic and topics said once.
            if i % 100 == 0 {
                claims.append(Make.claim("none\(i)", source: "s0", topic: nil))
                claims.append(Make.claim("once\(i)", source: "s1", topic: "once\(i)"))
            }
        }
        let sources = Dictionary(uniqueKeysWithValues: (0..<7).map { ("s\($0)", Make.source("s\($0)")) })
        let groups = Aligner().align(claims, sources: sources)

        #expect(groups.count == topics)
        #expect(groups.map(\.topic.key) == (0..<topics).map { "t\($0)" })
        #expect(groups.allSatisfy { $0.claims.count == total / topics })
        #expect(groups.allSatisfy { group in group.claims.allSatisfy { $0.topic?.key == group.topic.key } })
        let ids = groups.flatMap { $0.claims.map(\.id) }
        #expect(ids.count == total)
        #expect(Set(ids).count == total)
        #expect(ids.allSatisfy { $0.hasPrefix("c") })
        // Topic t0 holds c0, c10000, c20000, ... in input order, from sources s0, s4, s1, ...
        let first = groups[0]
        #expect(first.claims.map(\.id) == stride(from: 0, to: total, by: topics).map { "c\($0)" })
        #expect(Set(first.sources.keys) == Set(stride(from: 0, to: total, by: topics).map { "s\($0 % 7)" }))
    }

    @Test("the real stage: one stake in three languages lines up in one group")
    func threeLanguagesAligned() async throws {
        let outcome = try await Stage.run([
            MemorySource("en", "en", published: "2021-01-01", "Acme bought a 30% stake in Beta in 2020."),
            MemorySource("zh", "zh-Hans", published: "2021-01-01", "阿克米在2020年收购了贝塔30%的股份。"),
            MemorySource("vi", "vi", published: "2021-01-01", "Acme mua 30% cổ phần của Beta vào năm 2020."),
        ])
        let stakes = outcome.claims.filter { $0.kind == .percentage }
        #expect(stakes.count == 3, "\(outcome.summary)")
        #expect(stakes.allSatisfy { $0.topic?.key == "stake|acme|beta" }, "\(outcome.summary)")
        let groups = Aligner().align(outcome.claims, sources: [:])
        #expect(groups.count == 1)
        #expect(Set(groups.first?.claims.map(\.sourceID) ?? []) == ["en", "zh", "vi"])
    }

    @Test("the real stage: investments by different companies are not aligned", arguments: [
        ("Acme invested $2 billion in Beta.", "Gamma invested $5 billion in Beta."),
        ("Acme lost $50 million.", "Gamma lost $500 million."),
    ])
    func differentEntitiesNotAligned(_ first: String, _ second: String) async throws {
        let outcome = try await Stage.run([MemorySource("a", "en", published: "2022-06-01", first),
                                           MemorySource("b", "en", published: "2022-06-01", second)])
        let a = try #require(outcome.claims(of: "a").first { $0.kind == .money }, "\(outcome.summary)")
        let b = try #require(outcome.claims(of: "b").first { $0.kind == .money }, "\(outcome.summary)")
        #expect(a.topic?.key.contains("acme") == true, "\(outcome.summary)")
        #expect(b.topic?.key.contains("gamma") == true, "\(outcome.summary)")
        #expect(a.topic?.key != b.topic?.key)
        #expect(Aligner().align(outcome.claims, sources: [:]).isEmpty)
        #expect(outcome.findings.isEmpty, "\(outcome.summary)")
    }
}
