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
        ("languages: [zh-Hans]\ndates: {month_parts: {first_haf: [上半月]}}", "dates.month_parts.first_haf"),
        ("languages: [en]\ndates: {relative: {anchored_weeks: {the following week: 1}}}", "dates.relative.anchored_weeks: unknown key"),
        ("languages: [en]\ndates: {offsets: {lastng: [for]}}", "dates.offsets.lastng: unknown key"),
        ("languages: [en]\ndates: {holidays: {\"13-01\": [Smarch Day]}}", "holiday key '13-01'"),
        ("languages: [en]\ncolours: [red]", "colours: unknown key"),
        ("languages: [en]\ntraps: {timestamp: [hours ago]}", "traps.timestamp: unknown key"),
        ("languages: [en]\nsentences: {abbreviation: [Mr.]}", "sentences.abbreviation: unknown key"),
        ("languages: [en]\nnumerals: {words: {two: 2}, standalone: [two, tree]}", "numerals.standalone.tree: unknown name"),
        ("languages: [en]\nnumerals: {ratio_word: [in]}", "numerals.ratio_word: unknown key"),
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

    @Test("trap words come from every file, whatever its language: time stamps, clock suffixes, months and currency codes")
    func trapWords() throws {
        let lexicons = try ValueLexicons.parse(yaml: """
            languages: [es]
            currencies: {MXN: [MX$, pesos]}
            dates: {months: {Enero: 1}, month_abbreviations: {Ene.: 1}}
            traps: {timestamps: [hace, horas atrás], clock_suffixes: [hrs.]}
            """, name: "es.yaml")
        // The words of a Spanish file test an English text too.
        let traps = lexicons.lexicon(for: "en").traps
        let text = Array("publicado 3 horas atrás, a las 5 hrs.".unicodeScalars)
        let test = TextTraps(text, words: traps)
        #expect(test.isRelativeTimestamp(after: 11))
        #expect(test.isClockTime(after: 32))
        #expect(traps.notNames == ["enero", "ene", "mxn", "mx"])
        #expect(!TextTraps(text, words: TrapWords()).isRelativeTimestamp(after: 11))
    }
}
