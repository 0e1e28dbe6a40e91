import ClaimsCore
import Foundation
import Testing

/// Shapes of news sentences that say what a figure counts without a noun beside it: the
/// new value of a running total ("the death toll rose to 31"), a noun left out after a count
/// ("210 people were injured and 40 were missing"), and a date of a verb in the passive
/// ("had been registered on March 4").
@Suite("What a figure counts, read from the shape of its sentence")
struct SentenceShapeTests {
    static func quake(_ deaths: String) -> [MemorySource] {
        [
            MemorySource("en", "en", published: "2024-03-10",
                         "The death toll from Tuesday's magnitude 6.8 earthquake rose to 31, officials said on Saturday."),
            MemorySource("zh", "zh-Hans", published: "2024-03-10", "官员周六表示，周二发生的6.8级地震已造成\(deaths)人死亡。"),
        ]
    }

    @Test("an update's figure is the new value of the total its subject names, not of the figure between",
          arguments: [("31", false), ("45", true)])
    func updateOfARunningTotal(deaths: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run(Self.quake(deaths))
        let toll = try #require(outcome.claim("en", "31"), "\(outcome.summary)")
        #expect(toll.reading?.predicate?.key == "killed", "\(String(describing: toll.reading))")
        #expect(toll.reading?.predicate?.text == "death toll")
        // "rose" is the update's verb, not what the figure measures.
        #expect(toll.reading?.measure == nil)
        // The curated attribute named by the subject is the updated figure's, not the magnitude's.
        #expect(toll.topic?.key.hasPrefix("deaths") == true, "\(String(describing: toll.topic))")
        #expect(outcome.claim("en", "6.8")?.topic?.key.hasPrefix("deaths") != true)
        #expect(OpenStage.flags(outcome, toll) == flagged, "\(outcome.findings.map(\.rationale))")
        if !flagged {
            #expect(outcome.findings.contains { $0.verdict == .consistent && $0.statements.contains { $0.claimID == toll.id } },
                    "\(outcome.findings.map(\.rationale))")
        }
    }

    @Test("an update's subject may hold a conjunction ('the death toll from floods and landslides … has climbed to 174')")
    func subjectWithConjunction() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("en", "en", published: "2025-11-28",
                         "The death toll from floods and landslides on Sumatra island has climbed to 174, with nearly 80 people still missing."),
        ])
        let toll = try #require(outcome.claims.first { $0.sourceID == "en" && $0.value.number == 174 }, "\(outcome.summary)")
        #expect(toll.reading?.predicate?.key == "killed", "\(String(describing: toll.reading))")
    }

    @Test("a figure right after an update counts no noun past the next figure ('rose to 129 — with 352 others wounded')")
    func notPastAnotherFigure() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("en", "en", published: "2015-11-14", "As the death toll rose to 129 — with 352 others wounded — the city mourned."),
        ])
        let toll = try #require(outcome.claim("en", "129"), "\(outcome.summary)")
        #expect(toll.reading?.measure == nil, "\(String(describing: toll.reading))")
        #expect(toll.reading?.predicate?.key == "killed")
        #expect(outcome.claim("en", "352")?.reading?.measure?.key == "people")
    }

    @Test("a noun left out after a count of the same sentence is that count's noun, in English and Vietnamese",
          arguments: [("40", false), ("65", true)])
    func elidedNoun(missing: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("en", "en", published: "2024-03-10", "As of Saturday noon, 210 people were injured and 40 were missing after the flood."),
            MemorySource("vi", "vi", published: "2024-03-10", "Tính đến trưa thứ Bảy, trận lũ khiến 210 người bị thương và \(missing) người mất tích."),
        ])
        let part = try #require(outcome.claim("en", "40"), "\(outcome.summary)")
        #expect(part.reading?.measure?.key == "people", "\(String(describing: part.reading))")
        #expect(part.reading?.predicate?.key == "missing")
        let linked = outcome.findings.filter { $0.statements.contains { $0.claimID == part.id } && $0.statements.contains { $0.sourceID == "vi" } }
        #expect(!linked.isEmpty, "\(outcome.findings.map(\.rationale))")
        #expect(OpenStage.flags(outcome, part) == flagged,
                "\(outcome.findings.map(\.rationale))")
    }

    @Test("a figure with no noun and no event of its own stays bare")
    func bareStaysBare() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("en", "en", published: "2024-03-10", "The ferry carried 210 passengers and 40, the operator said."),
        ])
        #expect(outcome.claim("en", "40")?.reading?.measure == nil, "\(outcome.summary)")
    }

    @Test("a date of a verb in the passive is the verb's: 'had been registered on March 4' ~ 'được đăng ký ngày 4/3'",
          arguments: [("4/3", false), ("9/3", true)])
    func passiveVerbDates(day: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("en", "en", published: "2024-03-10", "The tanker had been registered in Panama on March 4, the shipping agency said."),
            MemorySource("vi", "vi", published: "2024-03-10", "Chiếc tàu chở dầu được đăng ký tại Panama ngày \(day)."),
        ])
        let date = try #require(outcome.claims.first { $0.sourceID == "en" && $0.kind == .date && $0.text == "March 4" }, "\(outcome.summary)")
        #expect(date.reading?.predicate?.key == "register", "\(String(describing: date.reading))")
        let vi = try #require(outcome.claims.first { $0.sourceID == "vi" && $0.kind == .date && $0.text.contains(day) }, "\(outcome.summary)")
        #expect(vi.reading?.predicate?.key == "register", "\(String(describing: vi.reading))")
        #expect(OpenStage.flags(outcome, date) == flagged,
                "\(outcome.findings.map(\.rationale))")
    }
}

@Suite("Counts stamped to the same minute")
struct StampTests {
    static func sources(_ english: String, _ chinese: String = "截至4日晚8時40分，地震造成10人死亡、15人失聯。") -> [MemorySource] {
        [
            MemorySource("en", "en", published: "2024-04-05", english),
            MemorySource("zh", "zh-Hant", published: "2024-04-05", chinese),
        ]
    }

    @Test("a toll said to have risen, counted at the same minute as another, is held against it",
          arguments: [("10", false), ("23", true)])
    func sameStamp(toll: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run(Self.sources(
            "The death toll from Wednesday's earthquake rose to \(toll), while 15 were missing, the center said at 8:40pm yesterday."))
        let claim = try #require(outcome.claim("en", toll), "\(outcome.summary)")
        #expect(claim.context?.referenceText == "8:40pm yesterday", "\(String(describing: claim.context))")
        #expect(claim.context?.stamp != nil)
        #expect(OpenStage.flags(outcome, claim) == flagged,
                "\(outcome.findings.map(\.rationale))")
    }

    @Test("with no stamp, a toll said to have risen to a larger figure is a later report, not a conflict")
    func riseWithoutStamp() async throws {
        let outcome = try await OpenStage.run(Self.sources(
            "The death toll from Wednesday's earthquake rose to 23.", "地震造成10人死亡。"))
        let claim = try #require(outcome.claim("en", "23"), "\(outcome.summary)")
        #expect(claim.context?.stamp == nil)
        #expect(!OpenStage.flags(outcome, claim), "\(outcome.findings.map(\.rationale))")
    }
}

@Suite("One report against itself")
struct SameSourceTests {
    @Test("a province's toll and a region's in one report are two facts; one figure told two ways is flagged")
    func oneReport() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2025-11-28", """
            The floods have killed 116 people in North Sumatra province, officials said on Friday. \
            Across Southeast Asia, the storms have killed 300 people this week. \
            The ferry Bahari, carrying 120 passengers and 8 crew members, capsized near Sabang on Monday. \
            Rescuers said the ferry Bahari was carrying 150 passengers and 8 crew members when it capsized near Sabang.
            """),
        ])
        let province = try #require(outcome.claim("a", "116"), "\(outcome.summary)")
        // The officials say it; the province is where, not who says it.
        #expect(province.reading?.attribution == "officials", "\(String(describing: province.reading?.attribution))")
        #expect(province.reading?.scope.contains("north sumatra") == true, "\(String(describing: province.reading?.scope))")
        #expect(!OpenStage.flags(outcome, province), "\(outcome.findings.map(\.rationale))")
        let ferry = try #require(outcome.claim("a", "150"))
        #expect(OpenStage.flags(outcome, ferry), "\(outcome.findings.map(\.rationale))")
    }
}

@Suite("A copula names a group only right before it")
struct CopulaReachTests {
    @Test("'3人是在法兰西球场附近…身亡' (were near the Stade de France) names no country; '2人為泰國人' does")
    func copulaThenPreposition() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "zh-Hans", published: "2015-11-14", "另外4位死亡的袭击者当中，3人是在法兰西球场附近引爆自杀炸弹身亡。"),
            MemorySource("b", "zh-Hant", published: "2024-12-30", "該航班共有175名乘客，其中173人為韓國人，2人為泰國人。"),
        ])
        #expect(outcome.claim("a", "3")?.reading?.scope.contains("france") == false, "\(String(describing: outcome.claim("a", "3")?.reading))")
        #expect(outcome.claim("b", "2")?.reading?.scope == ["thailand"])
    }
}

@Suite("A place one report adds to the places the other names")
struct AddedPlaceTests {
    @Test("a date told with a place inside the country the other names is the same event's date",
          arguments: [("March 4", false), ("March 9", true)])
    func datedWithMorePlace(day: String, flagged: Bool) async throws {
        // Three more reports of the story, so that registering is no event most of them tell of.
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-03-12",
                         "Greek officials said the passport of one attacker had been registered at the Aegean island of Kos on \(day)."),
            MemorySource("b", "en", published: "2024-03-12",
                         "It was known that one of the men had been registered in Greece - a key entry point for migrants - on March 4."),
            MemorySource("c", "en", published: "2024-03-12", "Police said 130 people were killed in the attacks on Friday night."),
            MemorySource("d", "en", published: "2024-03-12", "Three days of mourning followed the 130 deaths."),
            MemorySource("e", "en", published: "2024-03-12", "The president declared a state of emergency after 130 people died."),
        ])
        let date = try #require(outcome.claims.first { $0.sourceID == "a" && $0.kind == .date && $0.text == day }, "\(outcome.summary)")
        #expect(OpenStage.flags(outcome, date) == flagged, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a count told with a place only it names is still a part: 7 trapped in Renhe is not the 137 trapped in Hualien")
    func countNarrowedByPlace() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-04", "Rescuers said 7 people were trapped in Renhe, Hualien, after the quake."),
            MemorySource("b", "en", published: "2024-04-04", "Officials said 137 people were trapped in Hualien after the quake."),
        ])
        let part = try #require(outcome.claim("a", "7"), "\(outcome.summary)")
        #expect(!OpenStage.flags(outcome, part), "\(outcome.findings.map(\.rationale))")
    }
}
