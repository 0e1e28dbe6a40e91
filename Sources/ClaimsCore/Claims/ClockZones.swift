import Foundation

extension DescriptionReader {
    /// How far from a time of day the words naming its zone may stand, in scalars
    /// ("台灣時間12日下午4點20分", "lúc 8 giờ 15 (giờ Việt Nam)").
    static let zoneReach = 12

    /// The zone a time of day is written in, as minutes east of UTC on its day, and how it was
    /// found; nil unless the text says. An offset the extractor read (北京时间, GMT+7) comes
    /// first; then a country's time beside it (台灣時間, giờ Ấn Độ, India time); then local time
    /// (giờ địa phương, 当地时间) in the country named right before it. A country's
    /// zone is generated data (`generated/places/zones.tsv`); summer time follows from its IANA
    /// zone and the day of the time.
    static func clockZone(of claim: Claim, tokens: [Token], marks: [TextSpan], language: ConceptLanguage) -> (minutes: Int, name: String)? {
        guard claim.kind == .date, claim.value.precision == "minute", let day = claim.value.low else { return nil }
        if let written = claim.value.zone, let offset = UTCOffset(written) { return (offset.minutes, written) }
        let span = claim.span
        func near(_ start: Int, _ end: Int, within reach: Int) -> Bool {
            end <= span.start ? span.start - end <= reach : start >= span.end ? start - span.end <= reach : true
        }
        func zone(of token: Token) -> (minutes: Int, name: String)? {
            Self.country(of: token.term.key, language: language).flatMap { Self.offset(of: $0.zone, key: $0.key, on: day) }
        }
        var countries = tokens.compactMap { token in zone(of: token).map { (token.term, $0) } }
        // A country's time: its name right beside a mark of time, near the time of day. Han
        // words the dictionary does not hold in this spelling (台灣: CC-CEDICT writes 臺灣) are
        // read from the country table.
        for mark in marks where claim.value.zone == nil && near(mark.start, mark.end, within: Self.zoneReach) {
            let before = tokens.filter { $0.term.end <= mark.start && mark.start - $0.term.end <= 4 }.sorted { $0.term.start < $1.term.start }
            for first in before.indices {
                let run = before[first...]
                guard zip(run, run.dropFirst()).allSatisfy({ $0.term.end == $1.term.start }), run.last?.term.end == mark.start else { continue }
                let written = run.map(\.term.text).joined()
                guard let key = language.place(written), let zone = language.zone(of: key),
                      let offset = Self.offset(of: zone, key: key, on: day), let start = run.first?.term.start else { continue }
                countries.append((DescriptionTerm(key: key, text: written, start: start, end: mark.start), offset))
                break
            }
            if let (_, zone) = countries.first(where: { term, _ in
                (term.end <= mark.start && mark.start - term.end <= 1) || (term.start >= mark.end && term.start - mark.end <= 1)
            }) { return zone }
        }
        // Local time: of the country named right before it ("緬甸當地時間"); else the report's
        // country settles it (`ClaimBuilder`), not the sentence's: "a flight from Bangkok,
        // Thailand … at 9:03 a.m. local time" landed in Korea.
        guard claim.value.zone == ClockZone.local.description else { return nil }
        return countries.first { term, _ in term.end <= span.start && span.start - term.end <= 1 }?.1
    }

    /// The country a name is, or ends in, with its zone: "ấn độ", and "miền tây ấn độ" (western
    /// India), give india.
    static func country(of name: String, language: ConceptLanguage) -> (key: String, zone: String)? {
        language.countries.value(name) { name in findCountry(of: name, language: language) }
    }

    private static func findCountry(of name: String, language: ConceptLanguage) -> (key: String, zone: String)? {
        let words = name.split(separator: " ")
        return words.indices.lazy.compactMap { first -> (String, String)? in
            let tail = words[first...].joined(separator: " ")
            let key = language.place(tail) ?? tail
            return language.zone(of: key).map { (key, $0) }
        }.first
    }

    /// A country's zone (an IANA id or a fixed offset) as minutes east of UTC on a day.
    static func offset(of zone: String, key: String, on day: Double) -> (minutes: Int, name: String)? {
        if let fixed = UTCOffset(zone) { return (fixed.minutes, "\(zone) (\(key))") }
        guard let timeZone = TimeZone(identifier: zone) else { return nil }
        return (timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: day * 86_400)) / 60, "\(zone) (\(key))")
    }
}
