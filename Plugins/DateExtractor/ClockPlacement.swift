import ClaimsCore

/// Clock times read alone, placed once the scan is done: on the day its sentence names, else
/// on the day of the nearest earlier date of the text, else on the publication day (see
/// ClockTimes.swift).
extension DateScanner {
    /// Places every clock time read alone on its day (see the top of ClockTimes.swift). Paragraphs are
    /// runs of sentences with no line break between them.
    mutating func placeClocks() {
        guard !pending.isEmpty else { return }
        let spans = sentences ?? SentenceSplitter.split(s, abbreviations: lexicon.abbreviations)
        var paragraphs = [Int](repeating: 0, count: spans.count)
        for k in spans.indices.dropFirst() {
            paragraphs[k] = paragraphs[k - 1] + (newline(from: spans[k - 1].end, to: spans[k].start) ? 1 : 0)
        }
        /// The sentence a position is in, or the last one starting before it.
        func sentence(of position: Int) -> Int {
            var low = 0, high = spans.count
            while low < high {
                let mid = (low + high) / 2
                if spans[mid].start <= position { low = mid + 1 } else { high = mid }
            }
            return max(0, low - 1)
        }
        func paragraph(of position: Int) -> Int { paragraphs.isEmpty ? 0 : paragraphs[sentence(of: position)] }
        for clock in pending {
            let span = mentions[clock.index].span
            // Days named before the clock time are days[0..<before]; days[before] comes after it.
            let before = namedDays(endingBy: span.start)
            let previous = before > 0 ? days[before - 1] : nil
            let next = before < days.count ? days[before] : nil
            var day: DateExpression?
            switch clock.placement {
            case .sameDay:
                day = previous?.day
            case .sentence:
                let here = sentence(of: span.start)
                if let previous, sentence(of: previous.start) == here {
                    day = previous.day
                } else if let next, sentence(of: next.start) == here {
                    day = next.day
                } else if let previous, paragraph(of: previous.start) == paragraph(of: span.start) {
                    day = previous.day
                } else if let previous {
                    // A report names its event's day in the lead and tells the hours further
                    // on ("on Monday" … "at 12:05 pm"): a later paragraph keeps that day.
                    day = previous.day
                }
            }
            var value = resolver.value(Self.time(on: day ?? .dayOffset(0), minute: clock.minute))
            Self.describeTime(&value, hedge: clock.hedge, zone: clock.zone)
            mentions[clock.index].value = value
        }
    }

    /// How many named days end by `position` (they are recorded in text order).
    func namedDays(endingBy position: Int) -> Int {
        var low = 0, high = days.count
        while low < high {
            let mid = (low + high) / 2
            if days[mid].end <= position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether a line break lies between two positions (the white space between two sentences).
    func newline(from a: Int, to b: Int) -> Bool {
        var k = a
        while k < b {
            if ScalarClass.isNewline(s[k]) { return true }
            k += 1
        }
        return false
    }

    /// A time's hedge and zone on its value: "~" before the display of a hedged time, as for
    /// other hedged values; the minute itself stays its interval.
    static func describeTime(_ value: inout NormalizedValue, hedge: Hedge?, zone: ClockZone?) {
        value.zone = zone?.description
        if let hedge {
            value.hedge = hedge.rawValue
            value.display = "~" + value.display
        }
    }
}
