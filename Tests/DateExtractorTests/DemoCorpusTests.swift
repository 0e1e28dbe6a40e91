import ClaimsCore
import Foundation
import Testing

/// The five demo articles (Claims/sources), with their manifest's publication dates: every date
/// and duration the module finds there, as "source|start|surface|display". Page furniture such
/// as the "7 hours ago" under 004's headline must not appear.
@Test("the demo corpus's dates and durations")
func demoCorpus() throws {
    let folder = fixture.repository.appendingPathComponent("Claims/sources")
    let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("sources.json"))) as? [String: Any]
    let sources = try #require(manifest?["sources"] as? [[String: Any]])
    var found: [String] = []
    for source in sources {
        let file = try #require(source["file"] as? String)
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let (document, mentions) = fixture.mentions(in: text, language: source["language"] as? String ?? "und",
                                                    published: source["published"] as? String)
        for mention in mentions {
            #expect(document.text(in: mention.span) == mention.text)
            found.append("\(file.prefix(3))|\(mention.span.start)|\(mention.text)|\(mention.value.display)")
        }
    }
    #expect(found == expectedDemoCorpus)
    #expect(!found.contains { $0.contains("ago") })
}

let expectedDemoCorpus = [
        // 000_45c7622f861a0cf2
        "000|52|2023.06.17|2023-06-17",
        "000|1073|过去 12 个月|12 months",
        "000|1110|3 月初|2023-03 (early)",
        "000|1748|二月份|2023-02",
        // 001_59d5675ab259f8be
        "001|717|去年秋天|2022 autumn",
        "001|762|今年年初|2023 (early)",
        "001|1210|4月份|2023-04",
        "001|1257|2015年|2015",
        "001|1302|2019年|2019",
        "001|1693|过去12个月|12 months",
        "001|2271|去年秋天|2022 autumn",
        "001|2325|去年秋天|2022 autumn",
        "001|2843|上个月|2023-05",
        // 002_2148537bf86bee6f
        "002|75|四年|4 years",
        "002|135|2018年|2018",
        "002|227|去年|2022",
        "002|406|今年3月|2023-03",
        "002|513|上個月|2023-07",
        "002|881|2019年7月|2019-07",
        "002|1456|今年3月|2023-03",
        "002|1969|今年3月1日|2023-03-01",
        "002|2282|7月中旬|2023-07 (mid)",
        "002|2970|5個月前|2023-03",
        "002|3015|5個月|5 months",
        "002|3164|四年|4 years",
        "002|3227|2017年|2017",
        "002|3364|2021年|2021",
        "002|3383|不到一年|< 1 year",
        "002|4280|2021年|2021",
        "002|4370|2023年|2023",
        "002|4549|6月|2023-06",
        "002|4810|2023財年第四季度|FY2023 Q4",
        "002|4824|2023年第二季度|2023 Q2",
        "002|4968|4月|2023-04",
        "002|5384|2017年|2017",
        // 003_122b33ad68ad62ca
        "003|3703|tháng 3 năm nay|2023-03",
        "003|3899|một tuần|1 week",
        "003|5366|năm 2019|2019",
        "003|5764|năm 2022|2022",
        "003|5924|năm 2023|2023",
        "003|5936|2024|2024",
        "003|5998|năm ngoái|2022",
        "003|6145|tháng 2|2023-02",
        "003|6233|tháng 6 năm ngoái|2022-06",
        "003|7208|đầu năm|2023 (early)",
        "003|7330|tháng 3 năm nay|2023-03",
        "003|7978|tháng 3|2023-03",
        "003|8112|trong một tháng|1 month",
        "003|8264|năm nay|2023",
        // 004_d3eff461d5ab2064
        "004|57|4月29日|2025-04-29",
        "004|152|过去六年|6 years",
        "004|466|去年|2024",
        "004|611|今年年底|2025 (late)",
        "004|720|过去一年|1 year",
        "004|855|2024年初|2024 (early)",
        "004|1341|2月份|2025-02",
        "004|1508|去年夏天|2024 summer",
        "004|1710|今年1月|2025-01",
]
