import Foundation
import Testing
@testable import ClaimsCore

@Suite("CheckPipeline")
struct CheckPipelineTests {
    static let english = "Microsoft invested 10 billion dollars in OpenAI in 2023. The stake is 49 percent."
    static let vietnamese = "Microsoft đã đầu tư 13 tỷ USD vào OpenAI.\nCổ phần là 49%."

    @Test func claimsQuoteTheirSentenceExactly() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("en.txt", text: Self.english)
        let pipeline = CheckPipeline(loaders: CheckPipeline.standardLoaders(), extractors: [DigitRunExtractor()], checkers: [])
        let result = await pipeline.run([fileRequest(file, displayName: "in/en.txt")])

        #expect(result.sourceErrors.isEmpty)
        #expect(result.moduleProblems.isEmpty)
        let document = try #require(result.documents.first)
        #expect(document.source.language == "en", "guessed from the text when nothing declares it")
        #expect(result.claims.map(\.text) == ["10", "2023", "49"])
        for claim in result.claims {
            #expect(claim.sourceID == "en")
            #expect(claim.kind == .number)
            #expect(claim.extractor == "test-digits@1.0")
            #expect(document.text(in: claim.span) == claim.text)
            #expect(document.text(in: claim.quoteSpan) == claim.quote)
            #expect(claim.quote.contains(claim.text))
            #expect(claim.quoteSpan.contains(claim.span))
        }
        #expect(result.claims.map(\.quote) == [
            "Microsoft invested 10 billion dollars in OpenAI in 2023.",
            "Microsoft invested 10 billion dollars in OpenAI in 2023.",
            "The stake is 49 percent.",
        ])
        #expect(result.extractors.map(\.tag) == ["test-digits@1.0"])
        #expect(result.findings.isEmpty)
    }

    @Test func claimIDsAreStableAcrossRuns() async {
        let loader = MemoryLoader(texts: ["a": Self.english])
        let pipeline = CheckPipeline(loaders: [loader], extractors: [DigitRunExtractor()], checkers: [])
        let first = await pipeline.run([MemoryLoader.request("a")])
        let second = await pipeline.run([MemoryLoader.request("a")])
        #expect(first.claims.count == 3)
        #expect(first.claims.map(\.id) == second.claims.map(\.id))
        #expect(Set(first.claims.map(\.id)).count == 3)
    }

    @Test func badExtractorResultsAreDroppedAndReported() async throws {
        let loader = MemoryLoader(texts: ["a": Self.english])
        let pipeline = CheckPipeline(loaders: [loader], extractors: [SloppyExtractor()], checkers: [])
        let result = await pipeline.run([MemoryLoader.request("a")])

        // The one good mention stays.
        #expect(result.claims.map(\.text) == ["10"])
        #expect(result.claims.first?.quote == "Microsoft invested 10 billion dollars in OpenAI in 2023.")
        // The four broken results are dropped, with one problem naming the module and the source.
        let problem = try #require(result.moduleProblems.first)
        #expect(result.moduleProblems.count == 1)
        #expect(problem.module == "test-sloppy@0.1")
        #expect(problem.source == "memory/a.txt")
        #expect(problem.problem.hasPrefix("4 result(s) dropped; first: "))
        #expect(problem.description.hasPrefix("test-sloppy@0.1 on memory/a.txt: 4 result(s) dropped"))
    }

    @Test func spanOutsideTheTextIsNamedInTheProblem() {
        struct OutOfRange: ClaimExtractor {
            static var description: ModuleDescription { ModuleDescription(name: "test-outside", kind: .extractor, version: "1", languages: ["*"], summary: "") }
            func extract(from document: Document) -> Extraction {
                Extraction(mentions: [
                    Mention(kind: .number, span: TextSpan(start: 80, end: 90), text: "x", value: NormalizedValue(display: "x")),
                ] + DigitRunExtractor.digitRuns(in: document))
            }
        }
        let document = DocumentTests.document("Only 12 here.")
        let (claims, problems) = CheckPipeline(loaders: [], extractors: [OutOfRange()], checkers: []).extract(document)
        #expect(claims.map(\.text) == ["12"])
        #expect(problems.map(\.problem) == ["1 result(s) dropped; first: span 80..<90 lies outside the text (13 characters)"])
    }

    @Test("a number inside a date another extractor read is part of the date; one beside it stays")
    func numbersInsideDates() {
        struct Range: ClaimExtractor {
            static var description: ModuleDescription { ModuleDescription(name: "test-range", kind: .extractor, version: "1", languages: ["*"], summary: "") }
            func extract(from document: Document) -> Extraction {
                Extraction(mentions: [Mention(kind: .date, span: TextSpan(start: 5, end: 18), text: "June 14 to 15",
                                              value: NormalizedValue(display: "06-14 – 06-15", unit: "date"))])
            }
        }
        let document = DocumentTests.document("From June 14 to 15, 300 came.")
        let (claims, _) = CheckPipeline(loaders: [], extractors: [Range(), DigitRunExtractor()], checkers: []).extract(document)
        #expect(claims.map(\.text) == ["June 14 to 15", "300"], "\(claims.map(\.text))")
    }

    @Test("a rank inside a date is its day of the month; one outside stays a rank")
    func ranksInsideDates() {
        struct Dates: ClaimExtractor {
            static var description: ModuleDescription { ModuleDescription(name: "test-dates", kind: .extractor, version: "1", languages: ["*"], summary: "") }
            func extract(from document: Document) -> Extraction {
                Extraction(mentions: [Mention(kind: .date, span: TextSpan(start: 3, end: 21), text: "Wednesday the 31st",
                                              value: NormalizedValue(display: "2019-07-31", unit: "date"))])
            }
        }
        struct Ranks: ClaimExtractor {
            static var description: ModuleDescription { ModuleDescription(name: "test-ranks", kind: .extractor, version: "1", languages: ["*"], summary: "") }
            func extract(from document: Document) -> Extraction {
                Extraction(mentions: [
                    Mention(kind: .rank, span: TextSpan(start: 17, end: 21), text: "31st", value: NormalizedValue(display: "#31", number: 31, unit: "rank")),
                    Mention(kind: .rank, span: TextSpan(start: 32, end: 35), text: "3rd", value: NormalizedValue(display: "#3", number: 3, unit: "rank")),
                ])
            }
        }
        let document = DocumentTests.document("On Wednesday the 31st, she came 3rd.")
        let (claims, _) = CheckPipeline(loaders: [], extractors: [Dates(), Ranks()], checkers: []).extract(document)
        #expect(claims.map(\.text) == ["Wednesday the 31st", "3rd"], "\(claims.map(\.text))")
    }

    @Test func wrongSurfaceIsNamedInTheProblem() {
        struct WrongSurface: ClaimExtractor {
            static var description: ModuleDescription { ModuleDescription(name: "test-wrong", kind: .extractor, version: "1", languages: ["*"], summary: "") }
            func extract(from document: Document) -> Extraction {
                Extraction(mentions: [Mention(kind: .number, span: TextSpan(start: 5, end: 7), text: "13", value: NormalizedValue(display: "13"))])
            }
        }
        let document = DocumentTests.document("Only 12 here.")
        let (claims, problems) = CheckPipeline(loaders: [], extractors: [WrongSurface()], checkers: []).extract(document)
        #expect(claims.isEmpty)
        #expect(problems.map(\.problem) == ["1 result(s) dropped; first: span 5..<7 holds \"12\", not \"13\""])
    }

    @Test func surfaceMustMatchScalarForScalar() {
        // The document has "é" as e + U+0301; an extractor that reports the precomposed "é" for that
        // span misquotes the source: `text[start:end] == text` no longer holds for a JSON consumer.
        struct Normalizing: ClaimExtractor {
            static var description: ModuleDescription { ModuleDescription(name: "test-nfc", kind: .extractor, version: "1", languages: ["*"], summary: "") }
            func extract(from document: Document) -> Extraction {
                Extraction(mentions: [Mention(kind: .number, span: TextSpan(start: 0, end: 5), text: "Café", value: NormalizedValue(display: "x"))])
            }
        }
        let document = DocumentTests.document("Cafe\u{301} 12.")
        let (claims, problems) = CheckPipeline(loaders: [], extractors: [Normalizing()], checkers: []).extract(document)
        #expect(claims.isEmpty)
        #expect(problems.count == 1)
    }

    @Test func extractorsRunOnlyForTheirLanguagesAndDuplicatesCollapse() async {
        let loader = MemoryLoader(texts: ["en": Self.english, "vi": Self.vietnamese])
        let pipeline = CheckPipeline(loaders: [loader], extractors: [DigitRunExtractor(), VietnameseOnlyExtractor(), DigitRunExtractor()], checkers: [])
        let result = await pipeline.run([MemoryLoader.request("en"), MemoryLoader.request("vi", language: "vi")])
        #expect(result.claims.filter { $0.sourceID == "en" }.map(\.kind) == [.number, .number, .number])
        // On the Vietnamese source both kinds are found; the repeated extractor adds nothing.
        let vi = result.claims.filter { $0.sourceID == "vi" }
        #expect(vi.map(\.text) == ["13", "13", "49", "49"])
        #expect(Set(vi.map(\.kind)) == [.number, .count])
        #expect(result.moduleProblems.isEmpty)
    }

    @Test func failingSourceIsReportedAndTheOthersStillProduceClaims() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let en = try dir.write("en.txt", text: Self.english)
        let vi = try dir.write("vi.txt", text: Self.vietnamese)
        let binary = try dir.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let missing = dir.url.appendingPathComponent("missing.txt")
        let progress = ProgressLines()
        let pipeline = CheckPipeline(loaders: CheckPipeline.standardLoaders(), extractors: [DigitRunExtractor()], checkers: [],
                                     progress: progress, parallelism: 2)
        let prior = SourceError(source: "bad-arg", problem: "no such file or directory")
        let result = await pipeline.run([fileRequest(en), fileRequest(missing, displayName: "in/missing.txt"),
                                         fileRequest(binary), fileRequest(vi, language: "vi")], priorErrors: [prior])

        #expect(result.documents.map(\.source.id) == ["en", "vi"])
        #expect(result.sourceErrors.map(\.description) == [
            "bad-arg: no such file or directory",
            "in/missing.txt: no such file",
            "image.txt: binary file (PNG image), not text",
        ])
        #expect(Set(result.claims.map(\.sourceID)) == ["en", "vi"])
        #expect(result.claims.filter { $0.sourceID == "vi" }.map(\.text) == ["13", "49"])
        #expect(result.documents.last?.source.language == "vi")

        let lines = progress.lines
        #expect(lines.count == 4)
        #expect(lines.contains { $0.hasSuffix("in/missing.txt: failed: no such file") })
        #expect(lines.contains { $0.hasSuffix("en.txt: 3 claims") })
        #expect(lines.allSatisfy { $0.hasPrefix("[") && $0.contains("/4] ") })
    }

    @Test func noLoaderForASource() async {
        let result = await CheckPipeline(loaders: [MemoryLoader(texts: [:])], extractors: [DigitRunExtractor()], checkers: [])
            .run([MemoryLoader.request("nothing")])
        #expect(result.sourceErrors.map(\.description) == ["memory/nothing.txt: no loader reads this kind of source"])
        #expect(result.documents.isEmpty)
    }

    @Test func htmlSourceTakesItsTitleAndLanguage() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let page = try dir.write("page.html", text: "<html lang=\"zh-CN\"><head><title>标题</title></head><body><p>微软投资了100亿美元。</p></body></html>")
        let result = await CheckPipeline(loaders: CheckPipeline.standardLoaders(), extractors: [DigitRunExtractor()], checkers: [])
            .run([fileRequest(page)])
        let document = try #require(result.documents.first)
        #expect(document.source.title == "标题")
        #expect(document.source.language == "zh-Hans")
        #expect(result.claims.map(\.quote) == ["微软投资了100亿美元。"])
        #expect(document.text(in: result.claims[0].span) == "100")
    }

    @Test func checkersSeeAlignedClaimsAndRogueFindingsAreDropped() async throws {
        let loader = MemoryLoader(texts: ["a": "Microsoft put 10 billion into OpenAI.", "b": "Microsoft put 13 billion into OpenAI."])
        let pipeline = CheckPipeline(loaders: [loader], extractors: [TopicClaimExtractor()],
                                     checkers: [DifferentNumbersChecker(), RogueChecker()])
        let result = await pipeline.run([MemoryLoader.request("a"), MemoryLoader.request("b")])
        #expect(result.claims.count == 2)
        #expect(result.claims.allSatisfy { $0.topic == TopicClaimExtractor.topic })
        let finding = try #require(result.findings.first)
        #expect(result.findings.count == 1)
        #expect(finding.verdict == .conflict)
        #expect(finding.checker == "test-checker@1.0")
        #expect(Set(finding.statements.map(\.sourceID)) == ["a", "b"])
        #expect(finding.isOpenConflict)
        #expect(result.moduleProblems.map(\.description) == ["test-rogue@1.0: 2 finding(s) dropped: they quote claims outside their group"])
        #expect(result.checkers.map(\.tag) == ["test-checker@1.0", "test-rogue@1.0"])
    }
}
