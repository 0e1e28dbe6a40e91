import ClaimsCore
import DateExtractor
import Foundation
import Testing

/// The repository's lexicons and one extractor over them, shared by every test.
struct Fixture: Sendable {
    let extractor: DateExtractor
    let repository: URL
    /// The words after which a period does not end a sentence, as `claims` splits with them.
    let abbreviations: Set<String>

    init() {
        repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = repository.appendingPathComponent("Claims/lexicon/values")
        do {
            let languages = ValueLanguages(try ValueLexicons.load(from: folder))
            extractor = DateExtractor(languages: languages)
            abbreviations = languages.abbreviations
        } catch {
            fatalError("lexicons in \(folder.path) do not load: \(error)")
        }
    }

    func mentions(in text: String, language: String, published: String?) -> (Document, [Mention]) {
        let info = SourceInfo(id: "test", location: .file(URL(fileURLWithPath: "/test.txt")), displayName: "test.txt",
                              language: language, published: published.flatMap { PartialDate(parsing: $0) })
        let document = Document(source: info, text: text, abbreviations: abbreviations)
        return (document, extractor.extract(from: document).mentions)
    }
}

let fixture = Fixture()

/// What a mention must be. Dates give their interval as ISO days (`from` included, `to`
/// excluded; "YYYY-MM-DD HH:MM" for minutes), durations their amount and unit.
enum Expect: Sendable, CustomStringConvertible {
    case date(display: String, from: String?, to: String?, precision: String?)
    case duration(display: String, number: Double?, unit: String)
    /// A time of day: exactly the minute "YYYY-MM-DD HH:MM", with its zone and hedge.
    case time(display: String, minute: String, zone: String?, hedge: String?)

    static func day(_ iso: String) -> Expect { .date(display: iso, from: iso, to: nextDay(iso), precision: "day") }
    static func month(_ iso: String) -> Expect { .date(display: iso, from: iso + "-01", to: nextMonth(iso) + "-01", precision: "month") }
    static func year(_ y: Int) -> Expect { .date(display: String(y), from: "\(y)-01-01", to: "\(y + 1)-01-01", precision: "year") }
    static func span(_ display: String, _ from: String, _ to: String, _ precision: String) -> Expect {
        .date(display: display, from: from, to: to, precision: precision)
    }
    static func unresolved(_ display: String, _ precision: String) -> Expect { .date(display: display, from: nil, to: nil, precision: precision) }
    static func at(_ minute: String, zone: String? = nil, hedge: String? = nil) -> Expect {
        .time(display: (hedge == nil ? "" : "~") + minute, minute: minute, zone: zone, hedge: hedge)
    }
    static func lasting(_ display: String, _ number: Double, _ unit: String) -> Expect { .duration(display: display, number: number, unit: unit) }

    var description: String {
        switch self {
        case .date(let display, let from, let to, _): "date \(display) [\(from ?? "-"), \(to ?? "-"))"
        case .duration(let display, _, let unit): "duration \(display) (\(unit))"
        case .time(let display, _, let zone, _): "time \(display)" + (zone.map { " \($0)" } ?? "")
        }
    }

    static func nextDay(_ iso: String) -> String {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        let (y, m, d) = CalendarDays.civil(CalendarDays.from(year: p[0], month: p[1], day: p[2]) + 1)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    static func nextMonth(_ iso: String) -> String {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        return p[1] == 12 ? String(format: "%04d-01", p[0] + 1) : String(format: "%04d-%02d", p[0], p[1] + 1)
    }

    /// Days since 1970-01-01 of "YYYY-MM-DD" or "YYYY-MM-DD HH:MM".
    static func days(_ iso: String) -> Double {
        let parts = iso.split(separator: " ")
        let p = parts[0].split(separator: "-").compactMap { Int($0) }
        var value = Double(CalendarDays.from(year: p[0], month: p[1], day: p[2]))
        if parts.count == 2 {
            let t = parts[1].split(separator: ":").compactMap { Int($0) }
            value += Double(t[0] * 60 + t[1]) / 1440
        }
        return value
    }
}

/// A text whose expected mentions are marked ⟦like this⟧, with the values they must have, in
/// order, and the publication date of its source.
struct DateCase: Sendable, CustomTestStringConvertible {
    let marked: String
    let published: String?
    let expected: [Expect]

    init(_ marked: String, published: String? = nil, _ expected: Expect...) {
        self.marked = marked
        self.published = published
        self.expected = expected
    }

    var testDescription: String { marked.replacingOccurrences(of: "\n", with: "⏎") + (published.map { " @\($0)" } ?? "") }

    /// The text without marks, and the marked spans in Unicode scalar offsets.
    var unmarked: (text: String, spans: [TextSpan]) {
        var view = String.UnicodeScalarView()
        var spans: [TextSpan] = []
        var open: Int?
        var count = 0
        for scalar in marked.unicodeScalars {
            if scalar == "⟦" {
                open = count
            } else if scalar == "⟧", let start = open {
                spans.append(TextSpan(start: start, end: count))
                open = nil
            } else {
                view.append(scalar)
                count += 1
            }
        }
        return (String(view), spans)
    }
}

/// Runs a case: exactly the marked mentions, each with its kind, surface, span and value.
func check(_ c: DateCase, language: String) {
    let (text, spans) = c.unmarked
    let (document, mentions) = fixture.mentions(in: text, language: language, published: c.published)
    #expect(spans.count == c.expected.count, "the case marks \(spans.count) spans but expects \(c.expected.count) values")
    let found = mentions.map { "\($0.kind.rawValue) \($0.text) → \($0.value.display)" }
    #expect(mentions.count == spans.count, "found \(found)")
    for (index, mention) in mentions.enumerated() where index < spans.count && index < c.expected.count {
        let span = spans[index]
        #expect(mention.span == span, "\(mention.text): span \(mention.span.start)..<\(mention.span.end), expected \(span.start)..<\(span.end)")
        #expect(mention.text == document.text(in: span), "surface \(mention.text)")
        #expect(mention.text == document.text(in: mention.span), "the surface must be the text under the span")
        switch c.expected[index] {
        case .date(let display, let from, let to, let precision):
            #expect(mention.kind == .date, "\(mention.text) is \(mention.kind.rawValue)")
            #expect(mention.value.display == display, "\(mention.text): display \(mention.value.display)")
            #expect(mention.value.unit == "date")
            #expect(mention.value.number == nil)
            if let precision { #expect(mention.value.precision == precision, "\(mention.text): precision \(mention.value.precision ?? "nil")") }
            #expect(mention.value.zone == nil, "\(mention.text): zone \(mention.value.zone ?? "")")
            if let from, let to {
                #expect(abs((mention.value.low ?? .nan) - Expect.days(from)) < 1e-6, "\(mention.text): low \(String(describing: mention.value.low)), expected \(from)")
                #expect(abs((mention.value.high ?? .nan) - Expect.days(to)) < 1e-6, "\(mention.text): high \(String(describing: mention.value.high)), expected \(to)")
            } else {
                #expect(mention.value.low == nil && mention.value.high == nil, "\(mention.text) should have no interval")
            }
        case .time(let display, let minute, let zone, let hedge):
            #expect(mention.kind == .date, "\(mention.text) is \(mention.kind.rawValue)")
            #expect(mention.value.display == display, "\(mention.text): display \(mention.value.display)")
            #expect(mention.value.unit == "date")
            #expect(mention.value.precision == "minute", "\(mention.text): precision \(mention.value.precision ?? "nil")")
            let low = Expect.days(minute)
            #expect(abs((mention.value.low ?? .nan) - low) < 1e-6, "\(mention.text): low \(String(describing: mention.value.low)), expected \(minute)")
            #expect(abs((mention.value.high ?? .nan) - (low + 1.0 / 1440)) < 1e-6, "\(mention.text): high is not a minute later")
            #expect(mention.value.zone == zone, "\(mention.text): zone \(mention.value.zone ?? "nil")")
            #expect(mention.value.hedge == hedge, "\(mention.text): hedge \(mention.value.hedge ?? "nil")")
        case .duration(let display, let number, let unit):
            #expect(mention.kind == .duration, "\(mention.text) is \(mention.kind.rawValue)")
            #expect(mention.value.display == display, "\(mention.text): display \(mention.value.display)")
            #expect(mention.value.number == number)
            #expect(mention.value.unit == unit)
        }
    }
}
