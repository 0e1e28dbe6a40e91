import Foundation
import ClaimsTestSupport
import Testing

@Suite("claims explain")
struct ExplainCommandTests {
    @Test("two statements of one fact in two languages: descriptions, shared blocks, score and linked")
    func linkedPair() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("vi.txt", "Máy bay chở 44 hành khách và 5 thành viên phi hành đoàn đã rơi xuống sông.")
        try folder.write("zh.txt", "飞机上搭载的44名乘客及5名机组人员全部遇难。")
        let result = try await Claims.run(["explain", "vi.txt", "zh.txt", "--quiet", "--quote", "44 hành khách", "--quote", "44名乘客"],
                                          in: folder.url, environment: ["CLAIMS_HOME": folder.url.path])
        #expect(result.status == 0, "\(result.summary)")
        let blocks = result.stdout.components(separatedBy: "\n\n")
        let passengers = try #require(blocks.first { $0.contains("\"44\" = 44 hành khách") && $0.contains("\"44\" = 44 乘客") }, "\(result.stdout)")
        #expect(passengers.contains("measure passenger[hành khách]"), "\(passengers)")
        #expect(passengers.contains("measure passenger[乘客]"), "\(passengers)")
        #expect(passengers.contains("shared blocks: ") && !passengers.contains("never scored"), "\(passengers)")
        #expect(passengers.contains("evidence@1.0.0: score"), "\(passengers)")
        #expect(passengers.contains("linked: yes"), "\(passengers)")
        // The 5 crew of one and the 44 passengers of the other are never one fact.
        let apart = try #require(blocks.first { $0.contains("\"5\" = 5 thành viên") && $0.contains("\"44\" = 44 乘客") }, "\(result.stdout)")
        #expect(apart.contains("linked: no"), "\(apart)")
        // And the scorer says why.
        #expect(apart.contains("cannot be the same fact: different measures (crew, passenger)"), "\(apart)")
    }

    @Test("a quote found in no sentence is one line on stderr and exit 2; one --quote is a usage error")
    func missingQuote() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", "Five people were killed and 38 injured.")
        let missing = try await Claims.run(["explain", "a.txt", "--quiet", "--quote", "Five people", "--quote", "\u{1B}[2Jnowhere"],
                                           in: folder.url, environment: ["CLAIMS_HOME": folder.url.path])
        #expect(missing.status == 2, "\(missing.summary)")
        #expect(missing.stderrLines.count == 1, "\(missing.summary)")
        #expect(!missing.stderr.contains("\u{1B}"), "the quote is shown inert: \(missing.stderr)")
        let usage = try await Claims.run(["explain", "a.txt", "--quote", "Five people"], in: folder.url,
                                         environment: ["CLAIMS_HOME": folder.url.path])
        #expect(usage.status == 2, "\(usage.summary)")
    }
}
