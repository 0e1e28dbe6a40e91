import Foundation
import Testing
@testable import ClaimsCore

/// The value lexicons are read strictly: a misspelt key or a name no reader knows is an error
/// naming it, and the shipped files have none.
@Suite("Value lexicons, read strictly")
struct ValueLexiconCheckTests {
    @Test("a misspelt key or an unknown name is an error that names it", arguments: [
        ("languages: [en]\nhedges: {more_thn: [over]}", "hedges.more_thn"),
        ("languages: [en]\ndates: {ago_befor: [x]}", "dates.ago_befor: unknown key"),
        ("languages: [en]\nnumerals: {words: {one: 1}, wrods: {two: 2}}", "numerals.wrods: unknown key"),
        ("languages: [en]\ndates: {ranges: {opener: [from]}}", "dates.ranges.opener: unknown key"),
        ("languages: [en]\ntime_units: {yaer: [years]}", "time_units.yaer"),
        ("languages: [en]\ndates: {seasons: {sumer: [summer]}}", "dates.seasons.sumer"),
        ("languages: [en]\ndates: {holidays: {\"13-01\": [Smarch Day]}}", "holiday key '13-01'"),
        ("languages: [en]\ncolours: [red]", "colours: unknown key"),
    ])
    func rejects(_ yaml: String, _ named: String) {
        do {
            _ = try ValueLexicons.parse(yaml: yaml, name: "test.yaml")
            Issue.record("accepted: \(yaml)")
        } catch {
            #expect(error.problem.contains(named), "\(error.problem)")
            #expect(error.source == "test.yaml")
        }
    }

    @Test("a well-formed file and an empty key are read")
    func accepts() throws {
        let lexicons = try ValueLexicons.parse(yaml: "languages: [en]\nhedges: {more_than: [over], about_after: [or so]}\ncounting:\n  classifiers:\n", name: "ok.yaml")
        #expect(lexicons.languageTags == ["en"])
    }

    @Test("the shipped value lexicons have no unknown key or name")
    func shipped() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Claims/lexicon/values").standardizedFileURL
        _ = try ValueLexicons.load(from: folder)
    }
}
