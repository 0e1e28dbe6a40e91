import ClaimsCore
import Testing

/// What a figure's sentence says about which figure it is: the verb that governs it, the part of
/// a count it names, who gives it, and whether it tells of another occurrence.
@Suite("Qualifiers that tell figures of one measure apart")
struct QualifierTests {
    @Test("a verb right before its object governs it, not the participle after it", arguments: [
        ("en", "First responders rescued 44 people trapped in the tunnels.", "rescued"),
        ("en", "The crash killed all 49 people on board.", "killed"),
        ("en", "Officials said 137 people were trapped in the hotel.", "trapped"),
        // Past a relative clause right after what is counted.
        ("en", "Inside the hall, 89 people, who had been listening to a rock band, had been shot to death.", "killed"),
    ])
    func governingVerb(language: String, text: String, predicate: String) async throws {
        let outcome = try await OpenStage.run([MemorySource("a", language, published: "2024-04-04", text)])
        let count = try #require(outcome.claims.first { $0.kind == .count })
        #expect(count.reading?.predicate?.key == predicate, "\(String(describing: count.reading?.predicate))")
    }

    @Test("two measures joined by a word with no figure between count both; with a figure or a clause between, each its own", arguments: [
        ("en", "The flight was carrying 181 passengers and crew.", 181.0, "crew+passenger", "passengers"),
        ("vi", "Máy bay chở 44 hành khách và thành viên phi hành đoàn.", 44.0, "crew+passenger", "hành khách"),
        ("en", "The flight was carrying 175 passengers and six crew members.", 175.0, "passenger", "passengers"),
        ("vi", "Trận động đất có cường độ 7,7 độ Richter, ở độ sâu 10 km.", 7.7, "magnitude", "độ Richter"),
        ("zh-Hans", "这次强烈地震规模达7.7级，震源深度只有10公里。", 7.7, "magnitude", "级"),
    ])
    func joinedMeasures(language: String, text: String, value: Double, key: String, written: String) async throws {
        let outcome = try await OpenStage.run([MemorySource("a", language, published: "2024-12-29", text)])
        let count = try #require(outcome.claims.first { $0.value.number == value })
        #expect(count.reading?.measure?.key == key, "\(String(describing: count.reading?.measure))")
        // The term points at the exact words of the first noun.
        #expect(count.reading?.measure?.text == written)
    }

    @Test("lightly injured is a part of the injured, not their number")
    func minorInjuries() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "vi", published: "2025-03-29", "Trận động đất khiến 732 người bị thương."),
            MemorySource("b", "zh-Hans", published: "2025-03-29", "云南省灾情轻微，地震导致2人受轻伤。"),
        ])
        #expect(OpenStage.live(outcome).isEmpty, "\(outcome.findings.map(\.rationale))")
        let minor = try #require(outcome.claims.first { $0.sourceID == "b" && $0.value.number == 2 })
        #expect(minor.reading?.scope.contains("minor") == true, "\(String(describing: minor.reading?.scope))")
    }

    @Test("two named agencies in two languages may each give their magnitude; one agency may not", arguments: [
        ("zh-Hans", "中国地震台网正式测定：缅甸发生7.9级地震。", false),
        ("en", "The USGS said the earthquake measured magnitude 7.9.", true),
    ])
    func agencies(language: String, text: String, conflict: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "vi", published: "2025-03-29", "Cơ quan Khảo sát Địa chất Hoa Kỳ (USGS) cho biết trận động đất có cường độ 7,7 độ Richter."),
            MemorySource("b", language, published: "2025-03-29", text),
        ])
        #expect(!OpenStage.live(outcome).isEmpty == conflict, "\(outcome.findings.map(\.rationale))")
        #expect(outcome.findings.contains { $0.statements.contains { $0.value.hasPrefix("7.9") } }, "the magnitudes were compared: \(outcome.findings.map(\.rationale))")
    }

    @Test("a sentence telling of another earthquake gives that one's figures throughout")
    func anotherOccurrence() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "zh-Hant", published: "2024-04-05", "花蓮近海凌晨2時許再發生地震，強度達到5.3級，震源深度31.2公里。"),
            MemorySource("b", "zh-Hant", published: "2024-04-05", "花蓮3日發生7.2級地震，震源深度15.5公里。"),
        ])
        #expect(OpenStage.live(outcome).isEmpty, "\(outcome.findings.map(\.rationale))")
        let depth = try #require(outcome.claims.first { $0.sourceID == "a" && $0.value.number == 31.2 })
        #expect(depth.reading?.repeated == true)
    }

    @Test("an aftershock is another occurrence: its magnitude is not the earthquake's")
    func aftershock() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "vi", published: "2025-03-29", "Một cơn dư chấn mạnh 6,4 độ Richter xảy ra sau đó."),
            MemorySource("b", "zh-Hant", published: "2025-03-29", "緬甸28日發生規模7.7強震。"),
        ])
        #expect(OpenStage.live(outcome).isEmpty, "\(outcome.findings.map(\.rationale))")
        let magnitude = try #require(outcome.claims.first { $0.sourceID == "a" && $0.value.number == 6.4 })
        #expect(magnitude.reading?.repeated == true)
    }

    @Test("a time stamp meets another by the figures it stamps, whatever each calls them")
    func stampedFigures() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-04", "As of 10 p.m. Wednesday, there were nine deaths and 1,011 injuries."),
            MemorySource("b", "zh-Hant", published: "2024-04-04", "截至3日晚11時，9人死亡，1011人受傷。"),
        ])
        #expect(OpenStage.live(outcome).contains { $0.kind == .date }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a name right after a counted noun says which part only where modifiers follow the noun", arguments: [
        ("en", "The attack on the 1,500-seat Bataclan hall was the deadliest.", 1500.0, false),
        ("en", "Four individuals in Taroko Gorge were killed.", 4.0, true),
        ("vi", "Có 3 du khách Philippines trong số người bị thương.", 3.0, true),
    ])
    func nameAfterNoun(language: String, text: String, value: Double, scoped: Bool) async throws {
        let outcome = try await OpenStage.run([MemorySource("a", language, published: "2015-11-14", text)])
        let figure = try #require(outcome.claims.first { $0.value.number == value })
        #expect(figure.reading?.scope.isEmpty == !scoped, "\(String(describing: figure.reading?.scope))")
    }

    @Test("a superlative outside a 'where' clause does not qualify the figure inside it")
    func whereClause() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2015-11-14", "The highest death toll was at the concert hall where 89 people were killed.")
        ])
        let count = try #require(outcome.claims.first { $0.value.number == 89 })
        #expect(count.reading?.scope.contains("maximum") == false, "\(String(describing: count.reading?.scope))")
        #expect(count.reading?.predicate?.key == "killed")
    }

    @Test("a date closing a list takes the event the sentence opened with; an inflection the core does not list is its head word's")
    func dateClosingList() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2015-11-20",
                         "Three teams launched assaults on the stadium, a concert venue and several bars and restaurants on 13 November.")
        ])
        let date = try #require(outcome.claims.first { $0.kind == .date })
        #expect(date.reading?.predicate?.key == "attack", "\(String(describing: date.reading?.predicate))")
    }

    @Test("the Vietnamese particle 'lại' is no 'again': a code it stands near is compared", arguments: [
        ("这架ATR-72涡轮螺旋桨飞机坠入河中。", false),
        ("这架ATR-42涡轮螺旋桨飞机坠入河中。", true),
    ])
    func contrastParticle(text: String, conflict: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "vi", published: "2013-10-17", "Hộp đen có thể giúp giải thích tại sao chiếc ATR-72 của hãng lại gặp nạn."),
            MemorySource("b", "zh-Hans", published: "2013-10-17", text),
        ])
        let code = try #require(outcome.claims.first { $0.sourceID == "a" && $0.kind == .identifier })
        #expect(code.reading?.repeated == false)
        #expect(OpenStage.live(outcome).contains { $0.kind == .identifier } == conflict, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a part says which part it is: '99 of them critically' meets '99人重伤', not the whole it belongs to", arguments: [
        ("根据法国媒体最新数据，恐怖攻击共导致128人死亡，99人重伤。", false),
        ("根据法国媒体最新数据，恐怖攻击共导致128人死亡，201人重伤。", true),
    ])
    func namedPart(text: String, conflict: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2015-11-15",
                         "As the death toll rose to 128 — with 352 others wounded, 99 of them critically — a timeline of the attacks came into view."),
            MemorySource("b", "zh-Hans", published: "2015-11-15", text),
        ])
        let part = try #require(outcome.claims.first { $0.sourceID == "a" && $0.value.number == 99 })
        #expect(part.reading?.predicate?.key == "injured", "\(String(describing: part.reading?.predicate))")
        let live = OpenStage.live(outcome)
        #expect(live.contains { $0.statements.contains { $0.value.hasPrefix("99") } } == conflict, "\(outcome.findings.map(\.rationale))")
    }

    @Test("two nouns side by side are one noun and its modifier, not two joined measures")
    func modifierNoun() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "vi", published: "2013-10-30", "Cảnh sát đã bắt giữ năm nghi can người Uighur.")
        ])
        let count = try #require(outcome.claims.first { $0.value.number == 5 })
        #expect(count.reading?.measure?.key == "suspect", "\(String(describing: count.reading?.measure))")
    }

    @Test("where the counted people are, right after them, is what they are; the event the other report tells of beside them is shared")
    func placeAfterNoun() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-12-29", "The aircraft burned, leaving no survivors except for two out of the 181 people on board."),
            MemorySource("b", "vi", published: "2024-12-29", "Toàn bộ những người còn lại trong tổng số 191 người trên máy bay được cho là đã thiệt mạng."),
        ])
        let aboard = try #require(outcome.claims.first { $0.sourceID == "a" && $0.value.number == 181 })
        #expect(aboard.reading?.predicate?.key == "aboard", "\(String(describing: aboard.reading?.predicate))")
        #expect(OpenStage.live(outcome).contains { $0.statements.contains { $0.value.hasPrefix("191") } }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a count whose noun is the event itself ('1,011 injuries') counts people like the report that says '1011人受傷'")
    func eventNoun() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-04", "The earthquake left 9 deaths and 1,011 injuries, officials said."),
            MemorySource("b", "zh-Hant", published: "2024-04-04", "花蓮地震已造成9人死亡、1811人受傷。"),
        ])
        #expect(OpenStage.live(outcome).contains { $0.statements.contains { $0.value.hasPrefix("1811") } }, "\(outcome.findings.map(\.rationale))")
    }

    @Test("'rose to' marks the figure right after it as a rise, not the next figures of its sentence")
    func riseOfFirstFigure() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-04-05",
                         "The death toll rose to 10, while 1,099 people were injured and 15 were missing.")
        ])
        let toll = try #require(outcome.claims.first { $0.value.number == 10 })
        let injured = try #require(outcome.claims.first { $0.value.number == 1099 })
        #expect(toll.reading?.update == true)
        #expect(injured.reading?.update == false)
    }

    @Test("a unit that says little after the value yields to the measure its clause names before it", arguments: [
        ("vi", "Theo dữ liệu, cường độ động đất lên tới 7,7 độ.", 7.7, "magnitude"),
        ("vi", "Trận động đất mạnh 7,7 độ Richter.", 7.7, "magnitude"),
        ("zh-Hans", "老挝客机坠入湄公河致44人遇难。", 44.0, "people"),
    ])
    func genericUnit(language: String, text: String, value: Double, measure: String) async throws {
        let outcome = try await OpenStage.run([MemorySource("a", language, published: "2025-03-29", text)])
        let figure = try #require(outcome.claims.first { $0.value.number == value })
        #expect(figure.reading?.measure?.key == measure, "\(String(describing: figure.reading?.measure))")
    }

    @Test("a date that says only that something happened meets the date of the event another report names", arguments: [
        ("9:03 a.m.", true), ("9:07 a.m.", false),
    ])
    func happenedDate(time: String, conflict: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-12-29", "The incident occurred on Sunday at \(time) local time when a Jeju Air flight from Bangkok, Thailand overran the runway."),
            MemorySource("b", "zh-Hant", published: "2024-12-29", "當地時間2024年12月29日上午9時07分，從泰國曼谷飛來的濟州航空（Jeju Air）航班在機場降落過程中沖出跑道。"),
        ])
        #expect(OpenStage.live(outcome).contains { $0.kind == .date } == conflict, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a depth does not take the event of the next clause")
    func depthClause() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "vi", published: "2025-03-29", "Theo thông tin ban đầu, tâm chấn ở độ sâu 10km, dư chấn có thể cảm nhận ở các nước lân cận.")
        ])
        let depth = try #require(outcome.claims.first { $0.value.number == 10 })
        #expect(depth.reading?.repeated == false)
        #expect(depth.reading?.predicate?.key != "aftershock", "\(String(describing: depth.reading?.predicate))")
    }

    @Test("the one distance of each of two reports is not therefore one fact")
    func onlyDistance() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "zh-Hant", published: "2024-04-04", "震央位於花蓮縣東南25公里。"),
            MemorySource("b", "zh-Hant", published: "2024-04-04", "另一位女子在台八線183.2公里處遇難。"),
        ])
        #expect(OpenStage.live(outcome).isEmpty, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a part counted by a generic noun counts what its whole counts, only with a mark of a part", arguments: [
        ("zh-Hans", "另外4位死亡的袭击者当中,3人在球场附近引爆自杀炸弹身亡。", "attacker"),
        ("vi", "Trong số 4 nghi phạm, 3 người đã chết.", "suspect"),
        ("zh-Hans", "另外4位袭击者死亡,3人在球场附近受伤。", "people"),
    ])
    func genericPart(language: String, text: String, measure: String) async throws {
        let outcome = try await OpenStage.run([MemorySource("a", language, published: "2015-11-14", text)])
        let part = try #require(outcome.claims.first { $0.value.number == 3 })
        #expect(part.reading?.measure?.key == measure, "\(String(describing: part.reading?.measure))")
    }

    @Test("a figure its sentence attributes to no one is the figure of whoever another report gives it to", arguments: [true, false])
    func attributionFromAnotherReport(elsewhere: Bool) async throws {
        var sources = [
            MemorySource("a", "vi", published: "2025-03-29", "Cơ quan Khảo sát Địa chất Hoa Kỳ (USGS) cho biết trận động đất có cường độ 7,7 độ Richter."),
            MemorySource("b", "zh-Hant", published: "2025-03-29", "當地時間3月28日中午，緬甸中部發生7.9級地震。"),
        ]
        if elsewhere { sources.append(MemorySource("c", "zh-Hans", published: "2025-03-29", "中国地震台网正式测定：缅甸发生7.9级地震。")) }
        let outcome = try await OpenStage.run(sources)
        // With no report saying whose 7.9 it is, 7.7 (USGS) against 7.9 is a conflict to review.
        #expect(OpenStage.live(outcome).isEmpty == elsewhere, "\(outcome.findings.map(\.rationale))")
        #expect(outcome.findings.contains { $0.statements.contains { $0.value.hasPrefix("7.9") } && $0.statements.contains { $0.value.hasPrefix("7.7") } },
                "\(outcome.findings.map(\.rationale))")
    }

    @Test("the noun right after a figure is read first, and modifiers between them keep them together, whatever noun stands before", arguments: [
        ("zh-Hans", "这架客机上有17名老挝人、七名法国人。", 17.0, "people", "laos"),
        ("zh-Hant", "機上共有181人，其中2人為泰國人。", 2.0, "people", ""),
    ])
    func modifierBetween(language: String, text: String, value: Double, measure: String, scope: String) async throws {
        let outcome = try await OpenStage.run([MemorySource("a", language, published: "2013-10-17", text)])
        let count = try #require(outcome.claims.first { $0.value.number == value })
        #expect(count.reading?.measure?.key == measure, "\(String(describing: count.reading?.measure))")
        #expect(scope.isEmpty || count.reading?.scope.contains(scope) == true, "\(String(describing: count.reading?.scope))")
    }

    @Test("a long agency name keeps the country at its end: one agency's figure in two languages is compared", arguments: ["30km", "60km"])
    func longAgencyName(depth: String) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "vi", published: "2025-03-29",
                         "Theo thông tin từ Trung tâm Mạng lưới Động đất Trung Quốc, cường độ động đất lên tới 7,9 độ, tâm chấn ở độ sâu \(depth)."),
            MemorySource("b", "zh-Hans", published: "2025-03-29", "中国地震台网正式测定：缅甸发生7.9级地震，震源深度30公里。"),
        ])
        let live = OpenStage.live(outcome)
        #expect(live.isEmpty == (depth == "30km"), "\(outcome.findings.map(\.rationale))")
        let claim = try #require(outcome.claims.first { $0.sourceID == "a" && $0.value.unit == "km" })
        #expect(claim.reading?.attributionKeys.contains("china") == true, "\(String(describing: claim.reading?.attribution))")
    }

    @Test("passengers and crew are everyone on board: the people a generic noun counts there", arguments: ["181", "365"])
    func passengersAndCrewAreEveryone(total: String) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-12-29", "The Jeju Air flight was carrying 181 passengers and crew when it crashed."),
            MemorySource("b", "vi", published: "2024-12-29", "Có tổng số \(total) người trên máy bay của Jeju Air khi máy bay gặp nạn."),
        ])
        #expect(OpenStage.live(outcome).isEmpty == (total == "181"), "\(outcome.findings.map(\.rationale))")
        #expect(outcome.findings.contains { f in f.statements.contains { $0.value.hasPrefix(total) } && f.statements.contains { $0.sourceID == "a" } },
                "\(outcome.findings.map(\.rationale))")
    }

    @Test("people arrested are the suspects: a count of people with the event meets a count of suspects", arguments: [
        ("en", "Police said they detained four suspects after the riot on Friday.", "Officers arrested %@ people after the riot on Friday."),
        ("vi", "Công an đã bắt giữ 4 nghi phạm sau vụ cướp ngân hàng.", "Có %@ người đã bị bắt sau vụ cướp ngân hàng."),
    ], ["4", "6"])
    func arrestedPeopleAreSuspects(story: (language: String, suspects: String, people: String), count: String) async throws {
        let (language, suspects, people) = story
        let outcome = try await OpenStage.run([
            MemorySource("a", language, published: "2025-06-01", suspects),
            MemorySource("b", language, published: "2025-06-01", people.replacingOccurrences(of: "%@", with: count)),
        ])
        let aligned = outcome.findings.filter { f in Set(f.statements.map(\.sourceID)) == ["a", "b"] }
        #expect(!aligned.isEmpty, "\(outcome.findings.map(\.rationale))")
        #expect(OpenStage.live(outcome).isEmpty == (count == "4"), "\(outcome.findings.map(\.rationale))")
    }

    @Test("people killed are not the tourists killed: a generic count meets only the measure its event names")
    func killedPeopleAreNotTourists() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2025-06-01", "The bus crash killed 12 people on Sunday."),
            MemorySource("b", "en", published: "2025-06-01", "Three tourists were killed in the bus crash on Sunday."),
        ])
        #expect(OpenStage.live(outcome).isEmpty, "\(outcome.findings.map(\.rationale))")
    }

    @Test("the agent after 被 is not what a figure before it counts")
    func agentIsNoMeasure() async throws {
        let outcome = try await OpenStage.run([MemorySource("a", "zh-Hans", published: "2025-06-01", "周日晚间，三名男子被警方逮捕。")])
        let count = try #require(outcome.claims.first { $0.value.number == 3 })
        #expect(count.reading?.measure?.key != "police", "\(String(describing: count.reading?.measure))")
        #expect(count.reading?.predicate?.key == "arrested", "\(String(describing: count.reading?.predicate))")
    }

    @Test("'theo giờ địa phương' tells the time, not who says it")
    func localTimeIsNoAttribution() async throws {
        let outcome = try await OpenStage.run([MemorySource("a", "vi", published: "2025-06-01",
            "Cảnh sát cho biết hai người đã bị bắt vào tối 31/5 theo giờ địa phương.")])
        let count = try #require(outcome.claims.first { $0.value.number == 2 })
        #expect(count.reading?.attribution?.contains("địa phương") != true, "\(String(describing: count.reading?.attribution))")
        #expect(count.reading?.attributionKeys.contains("police") == true, "\(String(describing: count.reading?.attribution))")
    }

    @Test("who says a figure after 'theo' ends at the comma, where no figure's clause holds the mark")
    func attributionEndsAtComma() async throws {
        let outcome = try await OpenStage.run([MemorySource("a", "vi", published: "2024-12-29",
            "Theo Tân hoa xã và Yonhap, cơ quan cứu hỏa Hàn Quốc cho biết trừ 2 người được cứu, toàn bộ 179 người còn lại đã thiệt mạng.")])
        let count = try #require(outcome.claims.first { $0.value.number == 179 })
        let attribution = try #require(count.reading?.attribution)
        #expect(attribution.contains("Yonhap") && !attribution.contains("cứu hỏa"), "\(attribution)")
    }

    @Test("a part that takes its noun from its whole ('其中173人') is no rival of the whole, and the whole's partner stays the whole", arguments: ["175", "353"])
    func genericPartOfWhole(passengers: String) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "en", published: "2024-12-29", "The Jeju Air flight was carrying 175 passengers and six crew members."),
            MemorySource("b", "zh-Hant", published: "2024-12-29", "濟州航空（Jeju Air）客機共載有181人，包括\(passengers)名乘客和6名機組人員，其中173人為韓國人，2人為泰國人。"),
        ])
        let live = OpenStage.live(outcome)
        #expect(live.isEmpty == (passengers == "175"), "\(outcome.findings.map(\.rationale))")
        #expect(!live.contains { $0.statements.contains { $0.value.hasPrefix("173") } }, "\(live.map(\.rationale))")
    }

    @Test("two 'about' figures get no rounding beyond their hedges, and are as far apart as written", arguments: [("1,45", true), ("1,2", false)])
    func twoAboutFigures(other: String, agree: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "vi", published: "2025-03-29", "Tâm chấn gần thành phố Mandalay, nơi có dân số khoảng 1,5 triệu người."),
            MemorySource("b", "vi", published: "2025-03-29", "Tâm chấn gần thành phố Mandalay, nơi có dân số khoảng \(other) triệu người."),
        ])
        let live = OpenStage.live(outcome)
        #expect(live.isEmpty == agree, "\(outcome.findings.map(\.rationale))")
        if !agree { #expect(live.first?.severity == .medium, "\(live.map(\.rationale))") }
    }
}
