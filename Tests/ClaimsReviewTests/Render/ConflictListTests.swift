import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing
@testable import ClaimsReview

/// The conflict list over a ledger of many conflicts: pages of `pageSize`, filters kept across
/// pages, counts over all of them.
@Suite("Conflict list")
struct ConflictListTests {
    /// `count` money conflicts between two sources, each over its own topic.
    static func workspace(conflicts count: Int, in folder: TemporaryFolder) throws -> ReviewWorkspace {
        let sources = ["a", "b"].map {
            SourceInfo(id: $0, location: .file(URL(fileURLWithPath: "/dev/null")), displayName: $0, language: "en", title: "Source \($0)")
        }
        let text = String(repeating: "USD 1 vs USD 3.\n", count: count)
        let documents = sources.map { Document(source: $0, text: text) }
        var claims: [Claim] = []
        var findings: [Finding] = []
        for i in 0..<count {
            let pair = sources.map { source in
                Claim(id: "c-\(source.id)\(i)", sourceID: source.id, kind: .money, span: TextSpan(start: i * 16, end: i * 16 + 5), text: "USD 1",
                      quoteSpan: TextSpan(start: i * 16, end: i * 16 + 15), quote: "USD 1 vs USD 3.",
                      value: NormalizedValue(display: source.id == "a" ? "USD 1" : "USD 3", number: source.id == "a" ? 1 : 3, unit: "USD"),
                      extractor: "test@1", topic: ClaimTopic(key: "t\(i)", label: "topic \(i)"))
            }
            claims += pair
            findings.append(Finding(kind: .money, topic: "topic \(i)", verdict: .conflict, severity: .medium, confidence: 0.9,
                                    rationale: "USD 1 vs USD 3", checker: "figures@1", statements: pair.map(Statement.init(claim:))))
        }
        let ledger = try Ledger(path: folder.path("ledger.sqlite").path)
        let result = CheckResult(documents: documents, claims: claims, findings: findings)
        _ = try ledger.record(result)
        return ReviewWorkspace(ledger: ledger, reading: result)
    }

    static func rows(_ html: String) -> Int { html.components(separatedBy: "<tr><td class=\"id\">").count - 1 }

    @Test("a long list is cut into pages that keep the filters")
    func pages() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = try Self.workspace(conflicts: 450, in: folder)
        let pages = ReviewPages()
        let frame = PageFrame(title: "Conflicts", section: "Conflicts")

        let first = try pages.conflictList(workspace, filter: ConflictFilter(), frame: frame)
        #expect(Self.rows(first) == ReviewPages.pageSize)
        #expect(first.contains("450 of 450 conflicts shown. Page 1 of 3: 1–200."))
        #expect(first.contains("<b>450</b>open"))
        #expect(first.contains("href=\"/?page=2\" rel=\"next\""))
        #expect(!first.contains("rel=\"prev\""))

        let filter = ConflictFilter(status: .open, kind: "money", source: "b")
        let last = try pages.conflictList(workspace, filter: filter, page: 3, frame: frame)
        #expect(Self.rows(last) == 50)
        #expect(last.contains("Page 3 of 3: 401–450."))
        #expect(last.contains("href=\"/?status=open&amp;kind=money&amp;source=b&amp;page=2\" rel=\"prev\""))
        #expect(!last.contains("rel=\"next\""))
        // A page past the end shows the last one; the source filter names the source's title.
        #expect(Self.rows(try pages.conflictList(workspace, filter: ConflictFilter(), page: 99, frame: frame)) == 50)
        #expect(last.contains("<option value=\"b\" selected>b — Source b</option>"))

        // One dismissed: the counts move, the filtered list follows.
        let id = try #require(try workspace.ledger.conflicts().last?.id)
        _ = try workspace.ledger.decide(id, decision: .dismiss, note: "same", reviewer: "Lan")
        let dismissed = try pages.conflictList(workspace, filter: ConflictFilter(status: .dismissed), frame: frame)
        #expect(Self.rows(dismissed) == 1)
        #expect(dismissed.contains("<b>449</b>open"))
        #expect(dismissed.contains("1 of 450 conflicts shown."))
    }
}

@Suite("Conflict page")
struct ConflictPageTests {
    @Test("a conflict links to the next open one, skipping decided ones and wrapping round")
    func nextOpen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = try ConflictListTests.workspace(conflicts: 3, in: folder)
        let ids = try workspace.ledger.conflicts().map(\.id)
        let pages = ReviewPages()
        let frame = PageFrame(title: "", section: "Conflicts")
        #expect(try pages.conflict(workspace, id: ids[0], frame: frame).contains("href=\"/conflicts/\(ids[1])\" rel=\"next\""))
        _ = try workspace.ledger.decide(ids[1], decision: .dismiss, note: "same", reviewer: "Lan")
        #expect(try pages.conflict(workspace, id: ids[0], frame: frame).contains("href=\"/conflicts/\(ids[2])\" rel=\"next\""))
        #expect(try pages.conflict(workspace, id: ids[2], frame: frame).contains("href=\"/conflicts/\(ids[0])\" rel=\"next\""))
        _ = try workspace.ledger.decide(ids[2], decision: .confirm, reviewer: "Lan")
        let last = try pages.conflict(workspace, id: ids[0], frame: frame)
        #expect(!last.contains("rel=\"next\""))
        #expect(last.contains("no other conflict is open"))
    }
}
