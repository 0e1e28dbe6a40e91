import ClaimsCore
import Foundation

/// Compares amounts, money and counts of the same topic. Values are compared as intervals
/// (hedges and vague magnitudes widen them) with a 2 % tolerance for rounding (none between two
/// "about" figures, whose hedge is their rounding), or half the last
/// written digit for figures with decimals under a thousand (7.7 vs 7.9 differ). Not comparable,
/// and never a conflict: different currencies, different metric periods (monthly vs weekly),
/// statements about different dates, and running totals (deaths, users) reported on different
/// days where the later figure is larger by a revision's step (a quarter) or either is hedged. A difference involving a vague magnitude is
/// low severity at most. With open descriptions, also never a conflict: figures attributed to
/// different sources ("6.1 according to agency A" vs "6.4 according to agency B"), current
/// counts (trapped, missing) reported on different days, figures of
/// different scopes (5 foreigners among 44), a figure its sentence dates more than a month before
/// its report (a past event) against one that is not, figures in units it cannot convert; figures in
/// units of one dimension are converted first (100 miles = 161 km), and a running total said to have risen to the
/// larger figure ("rose to 129", "tăng lên", "上升至"), unless both figures are stamped to the
/// same minute ("as of 8:40 p.m.": one count).
public struct FigureChecker: CrossChecker {
    public static let description = ModuleDescription(
        name: "figures",
        kind: .checker,
        version: "1.0.0",
        languages: ["*"],
        summary: "Money, counts and amounts: intervals with hedges, currencies, metric periods, reference times."
    )

    /// Relative difference under which two figures agree (rounding, "nearly").
    public static let tolerance = 0.02
    /// The largest rise of a running total between two days' reports that needs no word in the
    /// text: revisions come in small steps (38 injured, then 40). A larger jump with nothing
    /// saying the count went on (a hedge, "rose to") is flagged for a reviewer.
    public static let revisionStep = 0.25
    /// How many days before its report a figure's date must lie to be of a past event rather
    /// than of the story (a month: a story's own days are reported within it).
    public static let pastDays = 30.0

    public init() {}

    /// An interval's middle, shortly: "8.05", "45".
    static func number(_ range: ClosedRange<Double>) -> String {
        let middle = (range.lowerBound + range.upperBound) / 2
        return middle == middle.rounded() ? String(Int(middle)) : String(format: "%.2f", middle)
    }

    /// Whether two sources were published on one known day.
    static func sameDay(_ a: SourceInfo?, _ b: SourceInfo?) -> Bool {
        guard let x = a?.published, let y = b?.published, x.precision == .day, y.precision == .day else { return false }
        return x.year == y.year && x.month == y.month && x.day == y.day
    }

    /// How many decimals a figure is written with (7.7: one; 31.25: two; 44: none), up to three.
    static func decimals(_ number: Double?) -> Int {
        guard let number else { return 0 }
        for k in 0..<3 where abs(number * pow(10, Double(k)) - (number * pow(10, Double(k))).rounded()) < 1e-6 { return k }
        return 3
    }

    /// Four digits from 1800 to 2100 with no separator ("the 2004 Madrid bombings"): a year
    /// read as a figure, compared exactly, not within rounding.
    static func looksLikeYear(_ claim: Claim) -> Bool {
        guard let n = claim.value.number, n == n.rounded(), (1800...2100).contains(n) else { return false }
        return claim.text.unicodeScalars.filter { ScalarClass.asciiDigit($0) != nil }.count == 4 && !claim.text.contains(",")
    }

    /// The claims of a group that name who gives their figure, by kind, measure and value, in
    /// the group's order: looked up for each pair instead of scanning the group again.
    struct Attributions {
        var readings: [String: [(source: String, reading: ClaimDescription)]] = [:]

        init(_ group: AlignedGroup) {
            for candidate in group.claims {
                guard let reading = candidate.reading, let key = Self.key(candidate, reading), !reading.attributionKeys.isEmpty,
                      !Set(reading.attributionKeys).isDisjoint(with: reading.names) else { continue }
                readings[key, default: []].append((candidate.sourceID, reading))
            }
        }

        static func key(_ claim: Claim, _ reading: ClaimDescription) -> String? {
            guard let measure = reading.measure?.key, let value = PairwiseChecking.interval(claim.value) else { return nil }
            return "\(claim.kind.rawValue)|\(measure)|\(value.lowerBound)|\(value.upperBound)"
        }

        /// The description of another report's claim of the same measure and value as `claim`,
        /// from neither of the pair's sources, that names who gives it: who gives `claim` too.
        func attributed(_ claim: Claim, other: Claim) -> ClaimDescription? {
            guard let reading = claim.reading, let key = Self.key(claim, reading) else { return nil }
            return readings[key]?.first { $0.source != claim.sourceID && $0.source != other.sourceID }?.reading
        }
    }

    public func check(_ group: AlignedGroup) -> [Finding] {
        let attributions = Attributions(group)
        return PairwiseChecking.findings(for: group, kinds: [.money, .count, .number], checker: Self.description.tag) { a, b in
            judge(a, b, group: group, attributions: attributions)
        }
    }

    func judge(_ a: Claim, _ b: Claim, group: AlignedGroup, attributions: Attributions) -> PairJudgement? {
        guard (a.kind == .money) == (b.kind == .money),
              var x = PairwiseChecking.interval(a.value), var y = PairwiseChecking.interval(b.value) else { return nil }
        var pair = "\(a.value.display) vs \(b.value.display)"
        var converted = false
        // Units of one dimension are converted to its base unit: 28 miles and 45 km compare.
        if let p = a.reading, let q = b.reading, let unit = p.unit, unit == q.unit, let s = p.scale, let t = q.scale,
           s != t || p.offset != q.offset {
            let (o, r) = (p.offset ?? 0, q.offset ?? 0)
            x = (x.lowerBound * s + o)...(x.upperBound * s + o)
            y = (y.lowerBound * t + r)...(y.upperBound * t + r)
            pair += String(format: " (%@ vs %@ in the base unit of %@)", Self.number(x), Self.number(y), unit)
            converted = true
        } else if let p = a.reading, let q = b.reading, (p.unit == nil) != (q.unit == nil), p.measure?.key == q.measure?.key,
                  a.value.unit != nil, b.value.unit != nil, p.unit != nil ? p.scale != 1 : q.scale != 1 {
            // One figure in a unit the lexicon knows and converts, the other in one it does not.
            return PairJudgement(.notComparable, .info, confidence: 0.7, "\(pair): different units, not converted")
        }
        if a.kind == .money, a.value.unit != b.value.unit {
            return PairJudgement(.notComparable, .info, confidence: 0.9, "\(pair): different currencies, not converted")
        }
        // A part of a larger count ("其中3人") is not held against a whole; two parts that
        // say which part they are, alike ("99 of them critically", "99人重伤"; "5 crew"), are
        // compared. A generic noun ("3 người", "3人") does not say which part.
        let sameNamedPart = a.reading.map { x in
            guard let y = b.reading, Set(x.scope) == Set(y.scope) else { return false }
            if !x.scope.isEmpty { return true }
            guard let m = x.measure, let n = y.measure, m.key == n.key else { return false }
            return !x.genericMeasure && !y.genericMeasure
        } ?? false
        if a.context?.isSubset == true || b.context?.isSubset == true, !sameNamedPart {
            return PairJudgement(.notComparable, .info, confidence: 0.7, "\(pair): one counts a part of a larger group")
        }
        if let p = a.context?.counted, let q = b.context?.counted, p != q,
           !(a.reading.map { x in b.reading.map { x.measuresMeet($0) } ?? false } ?? false) {
            return PairJudgement(.notComparable, .info, confidence: 0.7, "\(pair): they count different things (\(p), \(q))")
        }
        if let x = a.reading, let y = b.reading {
            // The same measure from two agencies: each may stand by its own figure. Across
            // languages the words of one agency's name seldom meet, so there both must name
            // someone ("USGS cho biết", "中国地震台网正式测定": the US, China) and share nothing.
            // A figure its sentence attributes to no one is the figure of whoever another
            // report of the story gives it to ("緬甸中部發生7.9級地震" and "中国地震台网正式测定：
            // …发生7.9级地震").
            let p = x.attributionKeys.isEmpty ? attributions.attributed(a, other: b) ?? x : x
            let q = y.attributionKeys.isEmpty ? attributions.attributed(b, other: a) ?? y : y
            let language = group.sources[a.sourceID]?.language == group.sources[b.sourceID]?.language
            let named = !Set(p.attributionKeys).isDisjoint(with: p.names) && !Set(q.attributionKeys).isDisjoint(with: q.names)
            if language || named, !p.attributionKeys.isEmpty, !q.attributionKeys.isEmpty, Set(p.attributionKeys).isDisjoint(with: q.attributionKeys) {
                let inferred = (p == x ? "" : " elsewhere") + (q == y ? "" : " elsewhere")
                return PairJudgement(.notComparable, .info, confidence: 0.7,
                                     "\(pair): attributed to different sources (\(p.attribution ?? "?") vs \(q.attribution ?? "?")\(inferred.isEmpty ? "" : ", one by another report of the same figure"))")
            }
            if Set(x.scope) != Set(y.scope) {
                let p = x.scope.isEmpty ? "all" : x.scope.joined(separator: ", ")
                let q = y.scope.isEmpty ? "all" : y.scope.joined(separator: ", ")
                return PairJudgement(.notComparable, .info, confidence: 0.6, "\(pair): they count different groups (\(p) vs \(q))")
            }
        }
        if let p = a.context?.period, let q = b.context?.period, p != q {
            return PairJudgement(.notComparable, .info, confidence: 0.9, "\(pair): \(p) and \(q) figures measure different things")
        }
        // A story's figure its sentence dates long before its report ("印度上一次的致命空難發生在2020年,
        // …造成21人死亡" in a report of 2025) tells of a past event, not of the story's.
        let past = [a, b].map { claim in
            claim.context?.reference.flatMap { r in
                PairwiseChecking.publicationDays(group.sources[claim.sourceID]).map { r.upperBound < $0.lowerBound - Self.pastDays }
            } ?? false
        }
        let storyFact = a.context?.isStoryFact == true && b.context?.isStoryFact == true
        if storyFact, past[0] != past[1] {
            let dated = (past[0] ? a : b).context?.referenceText ?? "?"
            return PairJudgement(.notComparable, .info, confidence: 0.8, "\(pair): one tells of a past event (\(dated)), long before its report")
        }
        // Dates tell occasions apart only for an entity's repeatable events (investments); a
        // story's casualties are dated by the story.
        switch storyFact ? (nil, nil) : (a.context?.reference, b.context?.reference) {
        case let (r?, t?) where !PairwiseChecking.daysMeet(r, t):
            return PairJudgement(.notComparable, .info, confidence: 0.8,
                                 "\(pair): they refer to different dates (\(a.context?.referenceText ?? "?") vs \(b.context?.referenceText ?? "?"))")
        case (.some, nil), (nil, .some):
            // One figure is dated, the other not: they may describe different events (a 2019
            // investment and a later one), so they are not held against each other.
            let dated = a.context?.referenceText ?? b.context?.referenceText ?? "?"
            return PairJudgement(.notComparable, .info, confidence: 0.6, "\(pair): only one of them is dated (\(dated))")
        default:
            break
        }
        // Exact counts of a few hundred at most are not rounded: 26 bodies is not 27.
        let hedged = a.value.hedge != nil || b.value.hedge != nil
        let exact = !hedged && !converted && ((a.kind == .count && b.kind == .count && max(abs(x.upperBound), abs(y.upperBound)) < 1000)
            || (Self.looksLikeYear(a) && Self.looksLikeYear(b)))
        // "About" already widens a figure by its rounding: two of them get no more ("khoảng 1,5
        // triệu" is not "khoảng 1,2 triệu").
        let bothAbout = a.value.hedge == Hedge.about.rawValue && b.value.hedge == Hedge.about.rawValue
        // Figures written with decimals under a thousand (magnitude 7.7, 31.2 km) are rounded
        // to their last digit, not to 2 %: 7.7 is not 7.9, and 7 may be 7.2.
        let written = [a, b].map { Self.decimals($0.value.number) }
        let small = max(abs(x.upperBound), abs(y.upperBound)) < 1000
        if !hedged, !converted, small, written.max()! > 0 {
            let half = 0.5 * pow(10, -Double(written.min()!))
            if ((x.lowerBound - half)...(x.upperBound + half)).overlaps(y) {
                return PairJudgement(.consistent, .info, confidence: 0.8, "\(pair): the values agree to their last written digit")
            }
        } else if PairwiseChecking.overlap(x, y, tolerance: exact || bothAbout ? 0 : Self.tolerance) {
            return PairJudgement(.consistent, .info, confidence: 0.8, "\(pair): the values agree within their hedges and rounding")
        }
        // Two counts stamped to the same minute ("as of 8:40 p.m.", "截至昨晚8時40分") are one
        // count: no rise or revision stands between them.
        let oneStamp = a.context?.stamp.flatMap { r in b.context?.stamp.map { r.overlaps($0) } } ?? false
        // A running total: either report says its count goes on ("30多具遺體" found, against
        // "khoảng 200 thi thể" collected).
        let running = a.context?.grows == true || b.context?.grows == true
        // A running total said to have risen to the larger figure is a later report of it.
        if running, !oneStamp, let p = a.reading, let q = b.reading, p.update != q.update {
            let (updated, other) = p.update ? (x, y) : (y, x)
            if updated.upperBound >= other.lowerBound {
                return PairJudgement(.notComparable, .low, confidence: 0.6, "\(pair): the larger figure is reported as a rise of a running total")
            }
        }
        // A current count (trapped, missing) is a snapshot: two are compared only when both
        // reports are known to be of the same day, and even then a step of a revision (143,
        // then 137 trapped) is the count moving by the hour.
        let step = abs(x.upperBound - y.upperBound) <= max(abs(x.upperBound), abs(y.upperBound)) * Self.revisionStep
        if a.reading?.changes == true || b.reading?.changes == true, !oneStamp,
           step || !Self.sameDay(group.sources[a.sourceID], group.sources[b.sourceID]) {
            return PairJudgement(.notComparable, .low, confidence: 0.6,
                                 "\(pair): a current count (it rises and falls), not known to be of the same day")
        }
        // A running total reported on different days may have risen in between: by a
        // revision's step, or by any amount where a figure is hedged ("at least 144").
        // A report dated only to its month may be of any of its days: of two such reports
        // that are not known to be of one day, the larger figure may be the later.
        if running, !oneStamp,
           let da = PairwiseChecking.publicationDays(group.sources[a.sourceID]),
           let db = PairwiseChecking.publicationDays(group.sources[b.sourceID]), !Self.sameDay(group.sources[a.sourceID], group.sources[b.sourceID]) {
            let apart = !PairwiseChecking.daysMeet(da, db)
            let (earlier, later) = apart ? (da.upperBound <= db.lowerBound ? (x, y) : (y, x)) : (x.upperBound <= y.upperBound ? (x, y) : (y, x))
            let open = a.value.hedge != nil || b.value.hedge != nil
            if later.upperBound >= earlier.lowerBound,
               open || later.upperBound <= earlier.lowerBound * (1 + Self.revisionStep) {
                return PairJudgement(.notComparable, .low, confidence: 0.6,
                                     "\(pair): reported on different days, and a running total may have risen in between")
            }
        }
        let vague = a.value.hedge == Hedge.vague.rawValue || b.value.hedge == Hedge.vague.rawValue
        // Two "about" figures are as far apart as the figures written, not as their widened ends.
        let gap = bothAbout ? abs((x.lowerBound + x.upperBound) - (y.lowerBound + y.upperBound)) / 2
            : x.upperBound < y.lowerBound ? y.lowerBound - x.upperBound : x.lowerBound - y.upperBound
        let scale = max(abs(x.upperBound), abs(y.upperBound), 1)
        var relative = gap / scale
        // A hedge widens a figure to say when two agree, not how far two that do not agree stand
        // apart: "up to 17.7" against 7.7 is as far apart as the figures written.
        if hedged, !bothAbout, !vague, !converted, let m = a.value.number, let n = b.value.number {
            relative = max(relative, abs(m - n) / max(abs(m), abs(n), 1))
        }
        var severity: Severity = relative >= 0.5 ? .high : relative >= 0.1 ? .medium : .low
        // Exact counts of a few hundred at most are not rounded, and figures with decimals are
        // rounded to their last digit: any difference beyond is a real one.
        if exact || (!hedged && !converted && small && written.max()! > 0), severity == .low {
            severity = .medium
        }
        if vague { severity = .low } else if hedged, severity == .high { severity = .medium }
        let confidence = vague ? 0.4 : hedged ? 0.6 : 0.8
        let how = vague ? "a vague magnitude and a figure that do not meet" : "the figures do not overlap"
        return PairJudgement(.conflict, severity, confidence: confidence, "\(pair): \(how)")
    }
}
