import ClaimsCore
import EvidenceScorer
import Foundation
import Testing

/// The open path: every value described from its sentence, aligned by evidence across
/// languages, judged by the checkers on linked pairs only.
struct OpenStage {
    static func run(_ sources: [MemorySource]) async throws -> Outcome {
        let stage = try Stage.shared()
        let concepts = try ConceptLexicon.load(from: [Stage.lexiconDirectory.appendingPathComponent("concepts", isDirectory: true)])
        var pipeline = stage.pipeline(for: sources)
        pipeline.claimBuilder = ClaimBuilder(lexicon: stage.topics, concepts: concepts)
        pipeline.aligner = Aligner(scorers: [EvidenceScorer()])
        let result = await pipeline.run(sources.map(\.request))
        #expect(result.sourceErrors.isEmpty, "\(result.sourceErrors)")
        return Outcome(result: result)
    }

    /// Live conflicts: medium or high severity.
    static func live(_ outcome: Outcome) -> [Finding] {
        outcome.findings.filter { $0.verdict == .conflict && $0.severity >= .medium }
    }

    /// Whether a live conflict quotes `claim`.
    static func flags(_ outcome: Outcome, _ claim: Claim) -> Bool {
        live(outcome).contains { $0.statements.contains { $0.claimID == claim.id } }
    }
}

@Suite("Alignment by evidence across languages")
struct EvidenceAlignmentTests {
    static let ferry = [
        MemorySource("en", "en", published: "2024-05-02", "The ferry was carrying 120 passengers and 8 crew members when it capsized."),
        MemorySource("vi", "vi", published: "2024-05-02", "Chiếc phà chở 120 hành khách và 8 thuyền viên khi bị lật."),
        MemorySource("hans", "zh-Hans", published: "2024-05-02", "渡轮载有120名乘客和8名船员。"),
        MemorySource("hant", "zh-Hant", published: "2024-05-02", "渡輪載有120名乘客和8名船員。"),
    ]

    @Test("four languages agree: no conflict, and the passengers are linked across all of them")
    func agreeing() async throws {
        let outcome = try await OpenStage.run(Self.ferry)
        #expect(OpenStage.live(outcome).isEmpty, "\(OpenStage.live(outcome).map(\.rationale))")
        let consistent = outcome.findings.filter { $0.verdict == .consistent }
        let linked = Set(consistent.flatMap(\.statements).filter { $0.value.hasPrefix("120") }.map(\.sourceID))
        #expect(linked == ["en", "vi", "hans", "hant"], "\(consistent.map(\.rationale))")
    }

    @Test("a changed number in any one language is flagged against the others", arguments: ["en", "vi", "hans", "hant"])
    func changedNumber(source: String) async throws {
        let sources = Self.ferry.map { s in
            s.id == source ? MemorySource(s.id, s.language, published: s.published, s.text.replacingOccurrences(of: "120", with: "243")) : s
        }
        let outcome = try await OpenStage.run(sources)
        let live = OpenStage.live(outcome)
        let flagged = live.first { finding in finding.statements.contains { $0.sourceID == source && $0.value.hasPrefix("243") } }
        let finding = try #require(flagged, "no live conflict quotes the changed figure: \(outcome.findings.map(\.rationale))")
        #expect(finding.statements.contains { $0.sourceID != source })
        // The evidence names what the two statements share.
        let evidence = try #require(finding.evidence.first)
        #expect(evidence.evidence.shared.contains { $0.key == "passenger" && $0.role == "measure" })
        #expect(finding.rationale.contains("Aligned on passenger"))
        // Crew counts, which agree, are not dragged in.
        #expect(!finding.statements.contains { $0.value.hasPrefix("8") })
    }

    @Test("different measures, predicates or one sentence's two values are never linked")
    func negatives() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-05-02", "Five people were killed and 38 people were injured in the blast."),
            MemorySource("b", "en", published: "2024-05-02", "Officials said 12 people were arrested. The bus carried 40 passengers."),
        ])
        #expect(OpenStage.live(outcome).isEmpty, "\(OpenStage.live(outcome).map(\.rationale))")
        for finding in outcome.findings {
            let values = Set(finding.statements.map(\.value))
            #expect(!(values.contains { $0.hasPrefix("5 ") } && values.contains { $0.hasPrefix("38") }), "\(finding.rationale)")
            #expect(!(values.contains { $0.hasPrefix("12") } && values.contains { $0.hasPrefix("5 ") }), "\(finding.rationale)")
        }
    }

    @Test("different agencies may give different magnitudes; one agency may not")
    func attribution() async throws {
        let agencies = try await OpenStage.run([
            MemorySource("a", "en", published: "2025-03-28", "The earthquake had a magnitude of 7.7, according to the US Geological Survey."),
            MemorySource("b", "en", published: "2025-03-28", "The earthquake had a magnitude of 7.9, according to the China Earthquake Networks Center."),
        ])
        #expect(OpenStage.live(agencies).isEmpty, "\(agencies.findings.map(\.rationale))")
        #expect(agencies.findings.contains { $0.verdict == .notComparable && $0.rationale.contains("different sources") })
        let same = try await OpenStage.run([
            MemorySource("a", "en", published: "2025-03-28", "The earthquake had a magnitude of 7.7, according to the US Geological Survey."),
            MemorySource("b", "en", published: "2025-03-28", "The earthquake had a magnitude of 6.1, according to the US Geological Survey."),
        ])
        #expect(!OpenStage.live(same).isEmpty, "\(same.findings.map(\.rationale))")
    }

    @Test("a copula says which part is counted: '173 were Korean' ~ '其中173人為韓國人' (South Korea); a changed part is flagged",
          arguments: [("173", false), ("349", true)])
    func copulaNamesThePart(figure: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("en", "en", published: "2024-12-30", "Among the 175 passengers, \(figure) were Korean and two were Thai."),
            MemorySource("zh", "zh-Hant", published: "2024-12-30", "該航班共有175名乘客，其中173人為韓國人，2人為泰國人。"),
        ])
        for (source, text) in [("en", figure), ("zh", "173")] {
            let part = try #require(outcome.claim(source, text), "\(outcome.summary)")
            #expect(part.reading?.scope == ["south korea"], "\(String(describing: part.reading?.scope))")
        }
        #expect(outcome.claim("zh", "2")?.reading?.scope == ["thailand"])
        #expect(!OpenStage.live(outcome).isEmpty == flagged, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a nationality beside a country says which part is counted ('mang quốc tịch Thái Lan', '澳洲籍2人'); the same part meets, a changed one is flagged",
          arguments: [("có 2 người mang quốc tịch Thái Lan", false), ("có 7 người mang quốc tịch Thái Lan", true)])
    func nationalityNamesThePart(vietnamese: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("vi", "vi", published: "2024-12-30", "Trong 181 hành khách và phi hành đoàn, \(vietnamese), còn lại là công dân Hàn Quốc."),
            MemorySource("zh", "zh-Hant", published: "2024-12-30", "該航班共有175名乘客，其中173人為韓國人，2人為泰國人。"),
            MemorySource("zh2", "zh-Hant", published: "2024-12-30", "失聯者當中包括外籍人士，澳洲籍2人。"),
        ])
        let vi = try #require(outcome.claims.first { $0.sourceID == "vi" && $0.value.number != 181 }, "\(outcome.summary)")
        #expect(vi.reading?.scope == ["thailand"], "\(String(describing: vi.reading?.scope))")
        #expect(outcome.claim("zh2", "2")?.reading?.scope == ["australia"], "\(String(describing: outcome.claim("zh2", "2")?.reading))")
        #expect(OpenStage.live(outcome).contains { $0.rationale.contains("7") } == flagged, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a magnitude and a latitude, both in degrees, are not one measure")
    func degreesSayLittle() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "vi", published: "2025-03-28", "Tòa nhà ở Bangkok, Thái Lan đã sụp đổ do trận động đất mạnh 7,7 độ xảy ra ở Myanmar."),
            MemorySource("b", "zh-Hans", published: "2025-03-28", "缅甸发生7.9级地震，震源位于北纬21.85度，东经95.95度。"),
        ])
        #expect(!OpenStage.live(outcome).contains { $0.rationale.contains("21.85") }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a country named in two languages is one name ('Thái Lan' ~ 'Thai'), shown in the evidence; a changed figure is flagged",
          arguments: [("Máy bay của Thái Lan chở 44 hành khách.", false), ("Máy bay của Thái Lan chở 49 hành khách.", true)])
    func countryAcrossLanguages(vietnamese: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "vi", published: "2024-12-30", vietnamese),
            MemorySource("b", "en", published: "2024-12-30", "The Thai plane was carrying 44 passengers."),
        ])
        for source in ["a", "b"] {
            let claim = try #require(outcome.claims.first { $0.sourceID == source }, "\(outcome.summary)")
            #expect(claim.reading?.names == ["thailand"], "\(String(describing: claim.reading?.names))")
        }
        let finding = try #require(outcome.findings.first, "\(outcome.summary)")
        #expect(finding.rationale.contains("thailand"), "\(finding.rationale)")
        #expect(!OpenStage.live(outcome).isEmpty == flagged, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a figure written before its event ('花蓮7.3地震') meets the event's magnitude ('7.2級地震'); a figure of another event does not")
    func figureOfAnEvent() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "zh-Hant", published: "2024-04-03", "3日上午7時58分在花蓮海域發生7.3地震。"),
            MemorySource("b", "zh-Hant", published: "2024-04-03", "花蓮海域3日上午發生7.2級地震。"),
        ])
        let figure = try #require(outcome.claims.first { $0.sourceID == "a" && $0.text == "7.3" }, "\(outcome.summary)")
        #expect(figure.kind == .number)
        #expect(OpenStage.live(outcome).contains { $0.rationale.contains("7.3") && $0.rationale.contains("7.2") }, "\(outcome.findings.map(\.rationale))")
        let other = try await OpenStage.run([
            MemorySource("a", "zh-Hant", published: "2024-04-03", "3日上午7時58分在花蓮海域發生7.3地震。"),
            MemorySource("b", "zh-Hant", published: "2024-04-03", "花蓮海域3日上午發生7.2級地震，震源深度12公里。"),
            MemorySource("c", "zh-Hant", published: "2024-04-03", "颱風造成花蓮海域6.5公尺的浪高。"),
        ])
        #expect(!OpenStage.live(other).contains { $0.rationale.contains("6.5") }, "\(other.findings.map(\.rationale))")
    }

    /// Two English reports: (first date, first text), (second date, second text), and whether
    /// the pair must raise a live conflict.
    struct Pair: Sendable, CustomTestStringConvertible {
        var label: String
        var first: (String, String)
        var second: (String, String)
        var conflict: Bool
        var testDescription: String { label }
    }

    static let compatibility: [Pair] = [
        Pair(label: "a part against its whole", first: ("2024-05-02", "Among the 120 passengers on board, 30 passengers were foreigners."),
             second: ("2024-05-02", "The ferry had 120 passengers on board."), conflict: false),
        Pair(label: "a toll that rises between reports", first: ("2024-04-03", "The earthquake killed 9 people in Hualien."),
             second: ("2024-04-05", "The earthquake killed 10 people in Hualien."), conflict: false),
        Pair(label: "a toll that more than doubles between reports, with nothing saying so",
             first: ("2024-04-03", "The earthquake killed 9 people in Hualien."),
             second: ("2024-04-05", "The earthquake killed 25 people in Hualien."), conflict: true),
        Pair(label: "a count of the trapped that falls between reports",
             first: ("2024-04-03", "The earthquake left 137 people trapped in Hualien."),
             second: ("2024-04-05", "The earthquake left 40 people trapped in Hualien."), conflict: false),
        Pair(label: "a count of the trapped that moves by a revision's step on one day",
             first: ("2024-04-03", "The earthquake left 143 people trapped in Hualien."),
             second: ("2024-04-03", "The earthquake left 137 people trapped in Hualien."), conflict: false),
        Pair(label: "a count of the trapped that differs on one day",
             first: ("2024-04-03", "The earthquake left 137 people trapped in Hualien."),
             second: ("2024-04-03", "The earthquake left 40 people trapped in Hualien."), conflict: true),
        Pair(label: "a toll that falls between reports", first: ("2024-04-03", "The earthquake killed 12 people in Hualien."),
             second: ("2024-04-05", "The earthquake killed 9 people in Hualien."), conflict: true),
        Pair(label: "a toll said to have risen", first: ("2024-04-03", "The earthquake killed 9 people in Hualien."),
             second: ("2024-04-03", "The number of people killed in Hualien rose to 12."), conflict: false),
        Pair(label: "a hedge that covers the other figure", first: ("2024-05-02", "The ferry carried at least 100 passengers."),
             second: ("2024-05-02", "The ferry carried 120 passengers."), conflict: false),
    ]

    @Test("a part against its whole, a rising toll and a hedge are not contradictions; a falling toll is", arguments: compatibility)
    func compatible(_ pair: Pair) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: pair.first.0, pair.first.1),
            MemorySource("b", "en", published: pair.second.0, pair.second.1),
        ])
        #expect(OpenStage.live(outcome).isEmpty != pair.conflict, "\(outcome.findings.map(\.rationale))")
    }
}

@Suite("What a figure measures, and dates that are reference points")
struct MeasureNamingTests {
    @Test("a measure named before a unit says what is measured: depth, not distance", arguments: [
        ("vi", "Trận động đất ở độ sâu 10 km."), ("zh-Hans", "震源深度10公里。"), ("en", "The quake struck at a depth of 10 km."),
        ("zh-Hant", "規模7.3地震,震源深度10公里。"),
    ])
    func depthBeforeUnit(language: String, text: String) async throws {
        let outcome = try await OpenStage.run([MemorySource("a", language, published: "2024-04-03", text)])
        let ten = try #require(outcome.claims.first { $0.value.number == 10 })
        #expect(ten.reading?.measure?.key == "depth", "\(String(describing: ten.reading?.measure))")
    }

    @Test("a unit says what is measured where a verb stands between it and a noun before", arguments: [
        ("vi", "Đoàn xe đi 60 km tới trại."), ("en", "The convoy drove 60 km to the camp."),
    ])
    func unitAfterVerb(language: String, text: String) async throws {
        let outcome = try await OpenStage.run([MemorySource("a", language, published: "2024-04-03", text)])
        let sixty = try #require(outcome.claims.first { $0.value.number == 60 })
        #expect(sixty.reading?.measure?.key == "distance", "\(String(describing: sixty.reading?.measure))")
    }

    @Test("a distance from a place stays a distance, and a depth is never held against it")
    func distanceStaysDistance() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-03", "The epicentre was 18 km south of Hualien, at a depth of 12 km."),
            MemorySource("b", "en", published: "2024-04-03", "The quake struck 18 km south of Hualien at a depth of 15 km."),
        ])
        let eighteen = outcome.claims.filter { $0.value.number == 18 }
        #expect(eighteen.count == 2 && eighteen.allSatisfy { $0.reading?.measure?.key == "distance" })
        // 12 and 15 km of depth disagree; 18 km of distance is never set against a depth.
        let live = OpenStage.live(outcome)
        #expect(live.count == 1, "\(outcome.findings.map(\.rationale))")
        #expect(live.allSatisfy { finding in finding.statements.allSatisfy { !$0.value.hasPrefix("18") } })
    }

    @Test("'since 1999' is a reference point, never the date of the story's event")
    func referencePoint() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-05", "The earthquake struck Hualien on April 3, 2024."),
            MemorySource("b", "en", published: "2024-04-05", "It was the strongest earthquake to hit Taiwan since 1999."),
        ])
        #expect(OpenStage.live(outcome).isEmpty, "\(outcome.findings.map(\.rationale))")
    }

    @Test("'the strongest storm in 20 years' is a record's window, never held against another stretch of the story")
    func recordWindow() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2022-09-28", "Hundreds of thousands of people were moved from their homes in Vietnam as the powerful "
                + "Typhoon Noru made landfall in the country two days after the storm battered homes in the Philippines."),
            MemorySource("b", "en", published: "2022-09-26", "Noru is one of the strongest storms to have struck Vietnam over the past 20 years, "
                + "similar to Storm Xangsane in 2006 and Molave in 2020."),
            MemorySource("c", "vi", published: "2022-09-28", "Bão Noru đổ bộ vào miền Trung Việt Nam rạng sáng 28/9 với sức gió 185 km/h, sau khi "
                + "quét qua Philippines. Đây là cơn bão mạnh nhất trong 20 năm qua."),
        ])
        #expect(OpenStage.live(outcome).isEmpty, "\(outcome.findings.map(\.rationale))")
        // The two windows of the record meet: "over the past 20 years" ~ "trong 20 năm qua".
        #expect(outcome.findings.contains { $0.rationale.contains("20 years") && $0.rationale.contains("mạnh nhất") }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("two parts of a count that say which part they are are compared; a bare part is not held against a whole")
    func namedParts() async throws {
        let named = try await OpenStage.run([
            MemorySource("a", "en", published: "2015-11-14", "352 people were wounded, 99 of them critically."),
            MemorySource("b", "en", published: "2015-11-14", "352 people were wounded, 120 of them critically."),
        ])
        #expect(OpenStage.live(named).contains { $0.statements.contains { $0.value.hasPrefix("120") } }, "\(named.findings.map(\.rationale))")
        let bare = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-03", "Among the 9 people killed, 4 people were hikers."),
            MemorySource("b", "en", published: "2024-04-03", "The earthquake killed 9 people."),
        ])
        #expect(OpenStage.live(bare).isEmpty, "\(bare.findings.map(\.rationale))")
    }
}

@Suite("Rules that keep different facts apart, and years compared exactly")
struct FactBoundaryTests {
    @Test("two years read as figures ('the 2004 Madrid bombings') are compared exactly, not within rounding")
    func yearsExactly() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2015-11-14", "It was the deadliest attack in Europe since the 2004 Madrid bombings."),
            MemorySource("b", "en", published: "2015-11-14", "It was the deadliest attack in Europe since the 2001 Madrid bombings."),
        ])
        #expect(OpenStage.live(outcome).contains { $0.statements.contains { $0.value.hasPrefix("2001") } }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("'as of Friday' and 'by about 7 a.m. on Friday' stamp a count; they are not the date of the event", arguments: [
        "The death toll from the earthquake in Hualien rose to 10 as of Friday.",
        "After the main quake, more than 480 tremors had been recorded in Hualien by about 7 a.m. on Friday.",
    ])
    func timeStamp(text: String) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-05", "The earthquake struck Hualien on Wednesday."),
            MemorySource("b", "en", published: "2024-04-05", text),
        ])
        let stamp = try #require(outcome.claims.first { $0.sourceID == "b" && $0.kind == .date }, "\(outcome.summary)")
        #expect(stamp.dateRelation == "as of")
        #expect(!OpenStage.live(outcome).contains { $0.kind == .date }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("'happened' yields to the event it tells of: two dates of the crash meet, and differ")
    func genericEvent() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2013-10-25", "The crash happened on 16 October near Pakse."),
            MemorySource("b", "en", published: "2013-10-25", "The plane crashed on 21 October near Pakse."),
        ])
        let crash = try #require(outcome.claims.first { $0.sourceID == "a" && $0.kind == .date })
        #expect(crash.reading?.predicate?.key == "crash", "\(String(describing: crash.reading?.predicate))")
        #expect(OpenStage.live(outcome).contains { $0.kind == .date }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a leading phrase of time dates the clause after it", arguments: [
        ("zh-Hans", "10月28日，一辆吉普车冲入人群。当天12点05分左右，吉普车撞向金水桥护栏。"),
        ("vi", "Vào lúc 12h05 ngày 28/10, một chiếc xe đã đâm vào lan can của cây cầu."),
        ("zh-Hans", "【新唐人2013年10月29日讯】10月28日12点05分左右，吉普车撞向金水桥护栏。"),
    ])
    func leadingTime(language: String, text: String) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", language, published: "2013-10-29", text),
            MemorySource("b", "en", published: "2013-10-29", "On Monday, October 28, the jeep crashed into a guardrail of the bridge at 12:35 pm."),
        ])
        let time = try #require(outcome.claims.first { $0.sourceID == "a" && $0.value.precision == "minute" })
        #expect(time.reading?.predicate?.key == "crash", "\(String(describing: time.reading?.predicate))")
        #expect(OpenStage.live(outcome).contains { $0.kind == .date && $0.rationale.contains("12:35") }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a leading phrase of time dates every event of its sentence, the far ones too; not an event its sentence does not tell of",
          arguments: [("máy bay đâm vào tường và bốc cháy lúc 9h12.", true), ("cảnh sát bắt giữ một người lúc 9h12.", false)])
    func leadingTimeDatesEveryEvent(vietnamese: String, flagged: Bool) async throws {
        let zh = "當地時間2024年12月29日上午9時07分，濟州航空7C2216航班在務安國際機場降落過程中沖出跑道，與機場外牆碰撞后起火。"
        let outcome = try await OpenStage.run([
            MemorySource("a", "zh-Hant", published: "2024-12-29", zh),
            MemorySource("b", "vi", published: "2024-12-29", "Theo giới chức, " + vietnamese),
        ])
        let time = try #require(outcome.claims.first { $0.sourceID == "a" && $0.value.precision == "minute" }, "\(outcome.summary)")
        #expect(time.reading?.clauseEvents.contains("fire") == true, "\(String(describing: time.reading?.clauseEvents))")
        #expect(OpenStage.live(outcome).contains { $0.kind == .date && $0.rationale.contains("09:12") } == flagged,
                "\(outcome.findings.map(\.rationale))")
    }

    @Test("a time with its own verb ('1時30分起飛') tells of that event, not of the plan after it; a changed takeoff time is flagged")
    func timeWithItsOwnEvent() async throws {
        let zh = "該客機于曼谷時間29日凌晨1時30分起飛，原計劃于首爾時間29日上午8時30分抵達務安國際機場。"
        let outcome = try await OpenStage.run([
            MemorySource("a", "zh-Hant", published: "2024-12-29", zh),
            MemorySource("b", "vi", published: "2024-12-29", "Chuyến bay khởi hành từ Bangkok lúc 1h21 và theo kế hoạch sẽ hạ cánh tại sân bay Muan lúc 8h30."),
        ])
        let takeoff = try #require(outcome.claims.first { $0.sourceID == "a" && $0.text.contains("1時30分") }, "\(outcome.summary)")
        #expect(takeoff.reading?.predicate?.key == "depart", "\(String(describing: takeoff.reading?.predicate))")
        #expect(takeoff.reading?.scope.isEmpty == true, "\(String(describing: takeoff.reading?.scope))")
        #expect(OpenStage.live(outcome).contains { $0.kind == .date && $0.rationale.contains("01:21") }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("dates of a running event are many: bodies found on two days are two facts, one named body is one")
    func runningEventDates() async throws {
        let unnamed = try await OpenStage.run([
            MemorySource("a", "en", published: "2013-10-19", "Rescuers found 12 bodies on 17 October."),
            MemorySource("b", "en", published: "2013-10-19", "Rescuers found 9 more bodies on 18 October."),
        ])
        #expect(!OpenStage.live(unnamed).contains { $0.kind == .date }, "\(unnamed.findings.map(\.rationale))")
        let named = try await OpenStage.run([
            MemorySource("a", "en", published: "2013-10-19", "The body of Chinda Phommasone was found on 17 October."),
            MemorySource("b", "en", published: "2013-10-19", "The body of Chinda Phommasone was found on 18 October."),
        ])
        #expect(OpenStage.live(named).contains { $0.kind == .date }, "\(named.findings.map(\.rationale))")
    }

    @Test("a count's time stamp is one fact only with the figures it stamps", arguments: [
        ("截至3日晚10時，9人死亡，1011人受傷。", false),
        ("截至4日上午8時，10人死亡，1099人受傷。", false),
        ("截至3日晚11時，9人死亡，1011人受傷。", true),
        // A stamp in a sentence whose verb is the agency's count (統計) is still the stamp.
        ("災害應變中心統計，截至3日晚5時，地震已造成9人死亡、1011人受傷。", true),
        ("災害應變中心統計，截至3日晚5時，地震已造成12人死亡、1100人受傷。", false),
    ])
    func stamps(text: String, conflict: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-04", "As of 10 p.m. Wednesday, 9 people had died and 1,011 were injured."),
            MemorySource("b", "zh-Hant", published: "2024-04-04", text),
        ])
        #expect(OpenStage.live(outcome).contains { $0.kind == .date } == conflict, "\(outcome.findings.map(\.rationale))")
    }

    @Test("another occurrence or an increment is not the first or the total", arguments: [
        ("zh-Hant", "花蓮近海凌晨2時許再發生地震，強度達到5.3級。", "zh-Hant", "花蓮3日上午7時58分發生7.2級地震。"),
        ("en", "A further 164 people were arrested.", "en", "Police said 90 people were arrested."),
        ("vi", "Cảnh sát bắt thêm 5 nghi phạm.", "vi", "Cảnh sát đã bắt 13 nghi phạm."),
    ])
    func repeated(firstLanguage: String, first: String, secondLanguage: String, second: String) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", firstLanguage, published: "2024-04-05", first),
            MemorySource("b", secondLanguage, published: "2024-04-05", second),
        ])
        #expect(OpenStage.live(outcome).isEmpty, "\(outcome.findings.map(\.rationale))")
        #expect(outcome.claims.contains { $0.sourceID == "a" && $0.reading?.repeated == true })
        #expect(!outcome.claims.contains { $0.sourceID == "b" && $0.reading?.repeated == true })
    }

    @Test("'yesterday' a day off an absolute date may be the time zone; 'yesterday' two days off is not")
    func relativeDayInAnotherZone() async throws {
        let near = try await OpenStage.run([
            MemorySource("a", "zh-Hans", published: "2015-11-15", "巴黎昨天晚上遭到恐怖攻击。"),
            MemorySource("b", "en", published: "2015-11-14", "The attacks in Paris on 13 November shocked Europe."),
        ])
        #expect(!OpenStage.live(near).contains { $0.kind == .date }, "\(near.findings.map(\.rationale))")
        #expect(near.findings.contains { $0.rationale.contains("another time zone") }, "\(near.findings.map(\.rationale))")
        let far = try await OpenStage.run([
            MemorySource("a", "zh-Hans", published: "2015-11-16", "巴黎昨天晚上遭到恐怖攻击。"),
            MemorySource("b", "en", published: "2015-11-14", "The attacks in Paris on 13 November shocked Europe."),
        ])
        #expect(OpenStage.live(far).contains { $0.kind == .date }, "\(far.findings.map(\.rationale))")
    }

    @Test("a dateline is marked as one; an event's date at a text's start is not a dateline", arguments: [
        ("zh-Hans", "【新唐人2015年11月14日讯】巴黎发生恐怖攻击。", true),
        ("en", "Paris, November 14 (AFP) Attacks in Paris shocked Europe.", true),
        ("en", "On November 14, attacks in Paris shocked Europe.", false),
        ("vi", "Ngày 14/11, một loạt vụ tấn công đã xảy ra tại Paris.", false),
    ])
    func dateline(language: String, text: String, isDateline: Bool) async throws {
        let outcome = try await OpenStage.run([MemorySource("a", language, published: "2015-11-14", text)])
        let date = try #require(outcome.claims.first { $0.kind == .date })
        #expect((date.reading?.predicate?.key == "statement") == isDateline, "\(String(describing: date.reading?.predicate))")
    }

    @Test("a statement speaks of one figure of another report's sentence: the nearest of those that tie", arguments: [
        ("four", false), ("nine", true),
    ])
    func onePerSentence(count: String, conflict: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2015-11-14", "Police stormed the hall and all \(count) attackers were dead."),
            MemorySource("b", "zh-Hans", published: "2015-11-14", "警方发现有8名袭击者已经死亡,在剧院总共有4名袭击者死亡。"),
        ])
        let live = OpenStage.live(outcome)
        #expect(!live.isEmpty == conflict, "\(outcome.findings.map(\.rationale))")
        // Never the total and its part at once: the attackers of the hall meet one of them.
        let linked = outcome.findings.filter { $0.statements.contains { $0.sourceID == "a" } }.flatMap(\.statements).filter { $0.sourceID == "b" }
        #expect(Set(linked.map(\.value)).count <= 1, "\(outcome.findings.map(\.rationale))")
    }

    @Test("two reference points of the same 'first time since' are compared, years apart or not")
    func sinceAgainstSince() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2015-11-14", "Hollande declared a state of emergency for the first time in France since 2005."),
            MemorySource("b", "en", published: "2015-11-14", "It is the first time in France since 2002 that a state of emergency was declared."),
        ])
        #expect(OpenStage.live(outcome).contains { $0.kind == .date }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("two 'since' dates that share only the story's names are two facts ('2023年以來…' vs 'Azure自2017年以來…')")
    func sinceWithNothingInCommon() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "zh-Hant", published: "2023-08-01", "2023年以來，微軟的AI宏圖圍繞GPT應用和Azure OpenAI服務全面鋪開。"),
            MemorySource("b", "zh-Hant", published: "2023-08-01", "和OpenAI類似，微軟與Databricks之間也有長期信任，Azure自2017年以來一直提供Databricks服務。"),
        ])
        let since = outcome.claims.filter { $0.kind == .date && $0.dateRelation == "since" }
        #expect(since.count == 2, "\(outcome.summary)")
        #expect(!OpenStage.live(outcome).contains { $0.kind == .date }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("'about noon' and 'about 12:05' agree; 'about 12:05' and 'about 12:40' do not", arguments: [
        ("当天中午12点左右", false), ("当天12点40分左右", true),
    ])
    func hedgedTimes(time: String, conflict: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "zh-Hans", published: "2013-10-29", "10月28日，天安门发生事故。\(time)，一辆吉普车撞向金水桥护栏。"),
            MemorySource("b", "zh-Hans", published: "2013-10-29", "10月28日，天安门发生事故。当天12点05分左右，吉普车撞向金水桥护栏。"),
        ])
        #expect(OpenStage.live(outcome).contains { $0.kind == .date } == conflict, "\(outcome.findings.map(\.rationale))")
    }

    @Test("the items of a list share the verb before them")
    func listVerb() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-03", "Seven people were trapped in a mine, 47 hotel employees and 12 tourists in a tunnel."),
        ])
        let employees = try #require(outcome.claims.first { $0.value.number == 47 })
        #expect(employees.reading?.predicate?.key == "trapped", "\(String(describing: employees.reading?.predicate))")
    }

    @Test("counts of the trapped are compared only when both reports are known to be of one day")
    func snapshotsOfUnknownDay() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04", "The earthquake left 137 people trapped in Hualien."),
            MemorySource("b", "en", published: "2024-04-05", "The earthquake left 40 people trapped in Hualien."),
        ])
        #expect(OpenStage.live(outcome).isEmpty, "\(outcome.findings.map(\.rationale))")
    }
}

@Suite("Units of one dimension are converted before figures are compared")
struct UnitConversionTests {
    @Test("28 miles and 45 km agree; 28 miles and 80 km do not; 5英里 and 8 km agree across languages", arguments: [
        ("en", "The epicentre was 28 miles from the city.", "en", "The epicentre was 45 km from the city.", false),
        ("en", "The epicentre was 28 miles from the city.", "en", "The epicentre was 80 km from the city.", true),
        ("zh-Hant", "震央位於城市東北約5英里處。", "en", "The epicentre was about 8 km northeast of the city.", false),
        ("vi", "Tâm chấn cách thành phố 100 dặm.", "en", "The epicentre was 161 km from the city.", false),
    ])
    func converted(first: String, firstText: String, second: String, secondText: String, conflict: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", first, published: "2024-04-03", firstText),
            MemorySource("b", second, published: "2024-04-03", secondText),
        ])
        #expect(OpenStage.live(outcome).isEmpty != conflict, "\(outcome.findings.map(\.rationale))")
        let compared = outcome.findings.contains { $0.rationale.contains("in the base unit of distance") }
        #expect(compared, "the figures were converted and compared: \(outcome.findings.map(\.rationale))")
    }

    // The CLDR units of generated/units.yaml: area, speed and mass, in words and symbols.
    static let dimensionCases: [(first: String, firstText: String, second: String, secondText: String, dimension: String, conflict: Bool)] = [
        ("en", "The storm flooded 120 square miles.", "vi", "Cơn bão làm ngập 310 km².", "area", false),
        ("en", "The storm flooded 120 square miles.", "vi", "Cơn bão làm ngập 500 km².", "area", true),
        ("en", "Winds reached 75 mph.", "en", "Winds reached 120 km/h.", "speed", false),
        ("en", "Winds reached 75 mph.", "en", "Winds reached 160 km/h.", "speed", true),
        // The counted noun stops at "per"; the unit is the measure read from the text.
        ("en", "Winds reached 117 kilometers per hour.", "en", "Winds reached 73 mph.", "speed", false),
        ("en", "Winds reached 117 kilometers per hour.", "en", "Winds reached 90 mph.", "speed", true),
        ("en", "The ship carried 3 tons of rice.", "en", "The ship carried 3,000 kilograms of rice.", "mass", false),
        ("en", "The ship carried 3 tons of rice.", "en", "The ship carried 4,500 kilograms of rice.", "mass", true),
        // Temperature scales differ by an offset too: 105.8°F is 41°C; ℃ is °C.
        ("en", "Temperatures in Phoenix reached 105.8°F on Monday, the highest this year.", "vi",
         "Nhiệt độ tại Phoenix đạt 41°C hôm thứ Hai, cao nhất trong năm nay.", "temperature", false),
        ("zh-Hans", "凤凰城气温周一达到40℃。", "zh-Hans", "凤凰城气温周一达到104华氏度。", "temperature", false),
        // Chinese words CLDR does not give, from CC-CEDICT's glosses: 公克, 平米.
        ("zh-Hans", "这艘船运载了3000000公克大米。", "en", "The ship carried 3 tons of rice.", "mass", false),
        ("zh-Hans", "这艘船运载了4500000公克大米。", "en", "The ship carried 3 tons of rice.", "mass", true),
        ("zh-Hans", "洪水淹没了2000平米农田。", "en", "The flood covered 0.2 hectares of farmland.", "area", false),
    ]

    @Test("100°F is 37.8°C: held against 41°C, it conflicts")
    func temperatureConflict() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-03", "Temperatures in Phoenix reached 100°F on Monday, the highest this year."),
            MemorySource("b", "vi", published: "2024-04-03", "Nhiệt độ tại Phoenix đạt 41°C hôm thứ Hai, cao nhất trong năm nay."),
        ])
        #expect(outcome.findings.contains { $0.verdict == .conflict && $0.rationale.contains("37.78 vs 41 in the base unit of temperature") },
                "\(outcome.findings.map(\.rationale))")
    }

    @Test("area, speed and mass in different units are converted and compared", arguments: dimensionCases)
    func convertedDimensions(_ c: (first: String, firstText: String, second: String, secondText: String, dimension: String, conflict: Bool)) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", c.first, published: "2024-04-03", c.firstText),
            MemorySource("b", c.second, published: "2024-04-03", c.secondText),
        ])
        #expect(OpenStage.live(outcome).isEmpty != c.conflict, "\(outcome.findings.map(\.rationale))")
        #expect(outcome.findings.contains { $0.rationale.contains("in the base unit of \(c.dimension)") },
                "the figures were converted and compared: \(outcome.findings.map(\.rationale))")
    }
}
