import ClaimsCore
import Foundation
import Testing

/// Times of day written in different zones: an offset the text names (giờ Hà Nội, 北京时间), a
/// country's time (台灣時間) or local time in the country of the report, compared in UTC.
@Suite("Times of day in the zones the text names")
struct ClockZoneTests {
    @Test("08:15 giờ Hà Nội is 09:15 北京时间; 08:15 北京时间 is an hour off", arguments: [("9点15分", false), ("8点15分", true)])
    func namedOffsets(beijing: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("vi", "vi", published: "2025-04-03", "Trận động đất xảy ra lúc 8 giờ 15 phút sáng ngày 3/4 (giờ Hà Nội)."),
            MemorySource("zh", "zh-Hans", published: "2025-04-03", "地震发生于北京时间4月3日上午\(beijing)。"),
        ])
        let time = try #require(outcome.claims.first { $0.sourceID == "vi" && $0.kind == .date }, "\(outcome.summary)")
        #expect(time.reading?.utcOffset == 7 * 60, "\(String(describing: time.reading?.zone))")
        #expect(OpenStage.flags(outcome, time) == flagged, "\(outcome.findings.map(\.rationale))")
        let finding = try #require(outcome.findings.first { $0.statements.contains { $0.claimID == time.id } })
        #expect(finding.rationale.contains("in UTC 01:15 vs"), "\(finding.rationale)")
    }

    @Test("local time in India (giờ địa phương) against Taiwan's time (台灣時間): 13:38 is 16:08", arguments: [("4點08分", false), ("4點38分", true)])
    func countryTimes(taiwan: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("vi", "vi", published: "2025-06-13",
                         "Máy bay của hãng Air India rơi xuống khu dân cư ở Ahmedabad, Ấn Độ lúc 1 giờ 38 phút chiều ngày 12/6 (giờ địa phương)."),
            MemorySource("zh", "zh-Hant", published: "2025-06-13", "印度航空客機於台灣時間12日下午\(taiwan)在艾哈邁達巴德墜毀。"),
        ])
        let local = try #require(outcome.claims.first { $0.sourceID == "vi" && $0.kind == .date }, "\(outcome.summary)")
        #expect(local.reading?.utcOffset == 330, "\(String(describing: local.reading?.zone))")
        let other = try #require(outcome.claims.first { $0.sourceID == "zh" && $0.kind == .date }, "\(outcome.summary)")
        #expect(other.reading?.utcOffset == 480, "\(String(describing: other.reading?.zone))")
        #expect(OpenStage.flags(outcome, local) == flagged, "\(outcome.findings.map(\.rationale))")
    }

    @Test("local time is the report's country's, not the one a sentence names beside it (a flight from Thailand crashed in Korea)")
    func localTimeOfTheReport() async throws {
        let outcome = try await OpenStage.run([
            MemorySource("en", "en", published: "2024-12-29", """
            Officials in South Korea said 179 people died when the Jeju Air jet crashed at Muan airport. \
            The flight from Bangkok, Thailand, crashed at 9:03 a.m. local time. \
            The government of South Korea declared 7 days of mourning.
            """),
            MemorySource("lone", "en", published: "2024-12-29", "The flight from Bangkok, Thailand, crashed at 9:03 a.m. local time."),
        ])
        let time = try #require(outcome.claims.first { $0.sourceID == "en" && $0.kind == .date }, "\(outcome.summary)")
        #expect(time.reading?.utcOffset == 540, "\(String(describing: time.reading?.zone))")
        // A report that names one country once does not say where its local time is.
        let lone = try #require(outcome.claims.first { $0.sourceID == "lone" && $0.kind == .date }, "\(outcome.summary)")
        #expect(lone.reading?.utcOffset == nil, "\(String(describing: lone.reading?.zone))")
    }
}
