import ClaimsCore

/// Scores two claims as statements of the same fact from what their open descriptions share:
/// the same measure ("39 hành khách" ~ "39名乘客": passenger), the same predicate (thiệt mạng ~
/// 遇难: killed), other words of the clause weighted by rarity and nearness, names (QV301,
/// Pakse), the other values of their sentences ("… and 5 crew" ~ "…及5名机组人员") and a
/// shared curated topic. Different measures or different curated topics never align; names on
/// both sides with none in common weigh against.
public struct EvidenceScorer: PairScorer {
    public static let description = ModuleDescription(
        name: "evidence",
        kind: .scorer,
        version: "1.0.0",
        languages: ["*"],
        summary: "Same measure, predicate, names, clause words and co-values: '39 hành khách' ~ '39名乘客' ~ '39 passengers'."
    )

    public init() {}

    /// Value kinds that can state the same fact.
    static func family(_ kind: MentionKind) -> String {
        switch kind {
        case .count, .number: "amount"
        default: kind.rawValue
        }
    }

    /// Whether a description tells of an event close to its value ("16日下午4时在降落前坠入":
    /// crashed, five characters on).
    static func eventNear(_ key: String, in reading: ClaimDescription, around span: TextSpan) -> Bool {
        reading.terms.contains { term in
            term.key == key && term.role == .event
                && (term.end <= span.start ? span.start - term.end : max(0, term.start - span.end)) <= eventReach
        }
    }

    /// Names of `x` one of whose other spellings is a name of `y` in Latin letters, whole or one
    /// of its words: ("kim thủy", "jinshui bridge"), ("hoa xuân oánh", "hua chunying").
    static func spellingMatches(_ x: ClaimDescription, _ y: ClaimDescription) -> [(String, String)] {
        guard !x.nameForms.isEmpty else { return [] }
        var latin: [String: String] = [:]
        for name in y.names {
            guard let whole = latinLetters(name) else { continue }
            latin[whole] = name
            let words = name.split(separator: " ")
            if words.count > 1 { for word in words { if let w = latinLetters(String(word)), latin[w] == nil { latin[w] = name } } }
        }
        guard !latin.isEmpty else { return [] }
        return x.names.compactMap { name in
            x.nameForms[name]?.lazy.compactMap { latin[$0] }.first.map { (name, $0) }
        }
    }

    /// A name's ASCII letters, without spaces, apostrophes and hyphens ("tian'anmen square":
    /// "tiananmensquare"); nil for a name with other letters.
    static func latinLetters(_ name: String) -> String? {
        var out = String.UnicodeScalarView()
        for c in name.unicodeScalars {
            if ("a"..."z").contains(c) { out.append(c) } else if c == " " || c == "'" || c == "’" || c == "-" { continue } else { return nil }
        }
        return out.isEmpty ? nil : String(out)
    }

    /// A predicate that the other description also has as a term right beside its figure.
    static func besideOther(_ predicate: DescriptionTerm, _ other: ClaimDescription) -> DescriptionTerm? {
        other.terms.contains { $0.key == predicate.key && $0.weight >= besideWeight } ? predicate : nil
    }

    /// How near its figure a term must stand to count as said of it, as its term weight.
    static let besideWeight = 0.5

    /// What being the only figure of its measure in each of two reports weighs: the story's one
    /// depth, its one crew count.
    static let onlyBonus = 1.0

    /// How far from a date another event of its clause may stand to date it too.
    static let eventReach = 12

    /// How a description writes a key: its predicate's text or a term's.
    static func text(of key: String, in reading: ClaimDescription) -> String {
        reading.predicate?.key == key ? reading.predicate!.text : reading.terms.first { $0.key == key }?.text ?? key
    }


    public func blockingKeys(for claim: Claim) -> [String] {
        let family = Self.family(claim.kind)
        // Codes meet the codes of their series only.
        if claim.kind == .identifier { return claim.value.unit.map { ["\(family)|series|\($0)"] } ?? [] }
        var keys: [String] = []
        guard let reading = claim.reading else { return claim.topic.map { ["\(family)|topic|\($0.key)"] } ?? [] }
        if claim.kind == .date || claim.kind == .duration { return Self.whenKeys(claim, reading, family: family) }
        if let measure = reading.measure { keys.append("\(family)|\(measure.key)") }
        // A claim of a curated topic meets its topic and what counts the same thing; the
        // curated layer has already said what it is about.
        if let topic = claim.topic { return keys + ["\(family)|topic|\(topic.key)"] }
        if let predicate = reading.predicate { keys.append("\(family)|\(predicate.key)") }
        for term in reading.terms.filter({ !$0.key.hasPrefix("zh:") }).prefix(3) { keys.append("\(family)|\(term.key)") }
        for name in reading.names.prefix(2) { keys.append("\(family)|\(name)") }
        return keys
    }

    /// A date or a duration meets another only through what `judge` requires of two of them: a
    /// common event (its predicate; for a date also an event told beside it or in its clause,
    /// or any predicate at all, since a date of something merely happening meets a date of a
    /// named event), the same relation (since, as of), or the same curated topic. Blocked by
    /// its names and clause words as well, most of a story's dates met all the others only to
    /// be told they share no event.
    static func whenKeys(_ claim: Claim, _ reading: ClaimDescription, family: String) -> [String] {
        var keys: [String] = []
        if let topic = claim.topic { keys.append("\(family)|topic|\(topic.key)") }
        if claim.kind == .date, let relation = claim.dateRelation { keys.append("\(family)|relation|\(relation)") }
        guard let predicate = reading.predicate else { return keys }
        keys.append("\(family)|event|\(predicate.key)")
        guard claim.kind == .date else { return keys }
        for term in reading.terms where term.key != predicate.key && eventNear(term.key, in: reading, around: claim.span) {
            keys.append("\(family)|event|\(term.key)")
        }
        for event in reading.clauseEvents where event != predicate.key { keys.append("\(family)|event|\(event)") }
        keys.append("\(family)|predicated")
        return keys
    }

    /// A pair's evidence, or why the two cannot be one fact.
    enum Judgement {
        case evidence(PairEvidence)
        case veto(String)
    }

    public func score(_ a: Claim, _ b: Claim, statistics: AlignmentStatistics) -> PairEvidence? {
        if case .evidence(let evidence) = judge(a, b, statistics: statistics) { return evidence }
        return nil
    }

    public func scoreOnly(_ a: Claim, _ b: Claim, statistics: AlignmentStatistics) -> Double? {
        if case .evidence(let evidence) = judge(a, b, statistics: statistics, keep: false) { return evidence.score }
        return nil
    }

    public func veto(_ a: Claim, _ b: Claim, statistics: AlignmentStatistics) -> String? {
        if case .veto(let reason) = judge(a, b, statistics: statistics) { return reason }
        return nil
    }

    /// With `keep` false the shared words are weighed but not written down.
    func judge(_ a: Claim, _ b: Claim, statistics: AlignmentStatistics, keep: Bool = true) -> Judgement {
        guard Self.family(a.kind) == Self.family(b.kind) else { return .veto("different kinds of value (\(a.kind.rawValue), \(b.kind.rawValue))") }
        // Two values of one sentence state two facts ("5 killed and 38 injured"; a dateline
        // and the day of the event).
        if a.sourceID == b.sourceID, a.quoteSpan == b.quoteSpan { return .veto("two values of one sentence") }
        var score = 0.0
        var shared = SharedTerms(keep: keep)
        if a.kind == .identifier {
            // Codes of one series (QV301, QV310) may name one thing; the only code of its series
            // in each of two reports most likely does.
            guard let series = a.value.unit, series == b.value.unit else { return .veto("codes of different series") }
            score += 1.5
            shared.append(SharedTerm(key: series, role: "series", left: a.text, right: b.text))
            if a.sourceID != b.sourceID, statistics.isOnlyCode(a), statistics.isOnlyCode(b) {
                score += 1
                shared.append(SharedTerm(key: series, role: "only", left: a.text, right: b.text))
            }
        }
        if let x = a.topic, let y = b.topic {
            guard x.key == y.key else { return .veto("different curated topics (\(x.key), \(y.key))") }
            score += 1.5
            shared.append(SharedTerm(key: x.key, role: "topic", left: x.label, right: y.label))
        }
        guard case .some = a.reading, case .some = b.reading else {
            return score > 0 ? .evidence(PairEvidence(score: score, scorer: Self.description.tag, shared: shared.terms)) : .veto("no open description and no shared topic")
        }
        // The descriptions are handed on in place: bound to local names, or unwrapped with `!`,
        // they were copied, a retain and a release for each of their twenty fields, for every
        // candidate pair. Both are known to be there.
        return judge(a, b, a.reading.unsafelyUnwrapped, b.reading.unsafelyUnwrapped, score: score, shared: shared, statistics: statistics)
    }

    /// The rest of `judge`, for two described claims.
    func judge(_ a: Claim, _ b: Claim, _ x: ClaimDescription, _ y: ClaimDescription, score: Double, shared: SharedTerms,
               statistics: AlignmentStatistics) -> Judgement {
        var score = score
        var shared = shared
        switch (x.measure, y.measure) {
        case let (m?, n?) where x.unionMeetsGeneric(y):
            // "181 passengers and crew" ~ "181 người trên máy bay": everyone, named two ways.
            score += 1
            shared.append(SharedTerm(key: m.key, role: "measure", left: m.text, right: n.text))
        case let (m?, n?) where x.undergoerMeets(y):
            // "5 người bị bắt" ~ "5 nghi phạm": the people arrested are the suspects.
            let specific = x.genericMeasure ? n.key : m.key
            score += 1 + 1.5 * statistics.weight(specific)
            shared.append(SharedTerm(key: specific, role: "measure", left: m.text, right: n.text))
        case let (m?, n?) where m.key != n.key:
            // What a code names is often said loosely ("chiếc ATR-72", "ATR-72飞机"): a hint, not a gate.
            guard a.kind == .identifier else { return .veto("different measures (\(m.key), \(n.key))") }
            score -= 1
        case let (m?, n?) where x.genericMeasure && y.genericMeasure && a.kind != .count && b.kind != .count:
            // A word that says little ("7,7 độ", "北纬21.85度": degrees) tells what a count counts,
            // not what a figure measures: a magnitude and a latitude are both in degrees.
            score += 0.5
            shared.append(SharedTerm(key: m.key, role: "measure", left: m.text, right: n.text))
        case let (m?, n?):
            score += 1 + 1.5 * statistics.weight(m.key)
            shared.append(SharedTerm(key: m.key, role: "measure", left: m.text, right: n.text))
            // The only count of this thing in each of two reports: most likely one fact.
            // Not for a unit (km): a report's one distance and another's may be of anything.
            if a.sourceID != b.sourceID, !x.genericMeasure, x.unit == nil, y.unit == nil,
               statistics.isOnly(a, measuring: m.key), statistics.isOnly(b, measuring: m.key) {
                score += Self.onlyBonus
                shared.append(SharedTerm(key: m.key, role: "only", left: m.text, right: n.text))
            }
        case (nil, nil):
            break
        case let (m?, nil) where b.context?.counted == m.key, let (nil, m?) where a.context?.counted == m.key:
            // The other counts the same noun inside its predicate ("5 người chết": people).
            score += 1 + 1.5 * statistics.weight(m.key)
            shared.append(SharedTerm(key: m.key, role: "measure", left: a.context?.counted ?? m.text, right: b.context?.counted ?? m.text))
        default:
            // One says what it counts and the other does not; a code's noun is only a hint.
            if a.kind != .identifier { score -= 0.5 }
        }
        // Another occurrence or an increment ("再發生地震", "又有3人死亡") is not the first or the total.
        if x.repeated != y.repeated { return .veto("one tells of another occurrence or an increment") }
        var samePredicate = false
        var event: String?
        if let p = x.predicate, let q = y.predicate {
            // A date's clause often tells of two events ("于16日下午4时在降落前坠入湄公河": before
            // landing, it crashed): dates meet on any event both clauses tell of.
            let common = a.kind != .date || p.key == q.key ? nil
                : Self.eventNear(p.key, in: y, around: b.span) || y.clauseEvents.contains(p.key) ? p.key
                : Self.eventNear(q.key, in: x, around: a.span) || x.clauseEvents.contains(q.key) ? q.key : nil
            if p.key == q.key || common != nil {
                let key = common ?? p.key
                let (left, right) = common == nil ? (p.text, q.text) : (Self.text(of: key, in: x), Self.text(of: key, in: y))
                score += 1 + statistics.weight(key)
                shared.append(SharedTerm(key: key, role: "predicate", left: left, right: right))
                samePredicate = true
                event = key
            } else if a.kind == .date, x.genericPredicate != y.genericPredicate {
                // "The accident occurred on the 29th at 9:03 a.m." says only that something
                // happened then; the other names what ("降落時發生事故"): weakly, the day of the
                // story's event.
                score += 0.5
                shared.append(SharedTerm(key: x.genericPredicate ? q.key : p.key, role: "predicate", left: p.text, right: q.text))
                samePredicate = true
            } else if a.kind != .date, let near = Self.besideOther(p, y) ?? Self.besideOther(q, x) {
                // "killing all 49 people on board" ~ "49 người trên máy bay": each says one of
                // the two things the other says of the same people, right beside the figure.
                score += 0.5 + statistics.weight(near.key)
                shared.append(SharedTerm(key: near.key, role: "word", left: Self.text(of: near.key, in: x), right: Self.text(of: near.key, in: y)))
            } else if !x.genericPredicate, !y.genericPredicate {
                // Killed is not arrested: different things happened.
                score -= p.role == .event && q.role == .event ? 2 : 1
            }
        } else if a.kind != .date, let near = x.predicate.flatMap({ Self.besideOther($0, y) }) ?? y.predicate.flatMap({ Self.besideOther($0, x) }) {
            // "181 người trên máy bay" ~ "carrying 181 passengers and crew": one report's predicate
            // stands right beside the other's figure, as a word no rule made its predicate.
            score += 0.5 + statistics.weight(near.key)
            shared.append(SharedTerm(key: near.key, role: "word", left: Self.text(of: near.key, in: x), right: Self.text(of: near.key, in: y)))
        }
        // A bare number says nothing of what it measures unless a measure stands beside it.
        // A figure written right before the event it qualifies ("花蓮7.3地震", "a 7.2 quake") is a
        // figure of that event: it meets another figure of the same event.
        // So is the new value of a running total ("the death toll rose to 10"): it counts what
        // the total counts.
        func ofItsEvent(_ claim: Claim, _ reading: ClaimDescription) -> Bool {
            if reading.update, reading.grows, reading.measure == nil { return true }
            return claim.kind == .number && claim.value.unit != nil && claim.value.unit == reading.predicate?.text
        }
        let ofEvent = samePredicate && (ofItsEvent(a, x) || ofItsEvent(b, y))
        if a.kind == .number || b.kind == .number, x.measure == nil || y.measure == nil, !ofEvent, a.topic == nil || a.topic != b.topic {
            return .veto("a bare number with no measure beside it")
        }
        // A date or a duration says when something happened: without the same event, or a
        // shared curated topic, two dates are two facts.
        // "For the first time since 2005": two reference points are compared by what they are
        // the reference of, which the rest of the sentence says, event or not.
        // What each date is to its sentence, read once for the rules below.
        let (relationA, relationB) = a.kind == .date ? (a.dateRelation, b.dateRelation) : (nil, nil)
        // They must share some word besides "since" and the story's names: "2023年以來, 微軟的AI
        // 宏圖…" and "Azure自2017年以來一直提供…" are two facts of one company.
        let sinceBoth = a.kind == .date && relationA == "since" && relationB == "since" && x.terms.contains { term in
            term.key != "since" && !x.names.contains(term.key) && !y.names.contains(term.key) && y.terms.contains { $0.key == term.key }
        }
        // Two time stamps ("as of 10:00 p.m. Wednesday", "截至3日晚10時") of the same figures (nine
        // deaths and 1,011 injured in both) are one fact, whatever verb their sentences use.
        let sharedFigures = a.kind == .date ? x.coValues.filter { v in
            y.coValues.contains { $0.value == v.value && Self.family($0.kind) == Self.family(v.kind) }
        }.count : 0
        let sameStamp = relationA == "as of" && relationB == "as of" && sharedFigures >= 2
        if a.kind == .date || a.kind == .duration, !samePredicate, !sinceBoth, !sameStamp, a.topic == nil || a.topic != b.topic {
            return .veto("dates of no common event")
        }
        // When someone spoke or a report was dated is no fact of the story: two sources speak
        // on their own days.
        if a.kind == .date, !sameStamp, x.predicate?.key == "statement" || y.predicate?.key == "statement" { return .veto("a dateline or the date of a statement") }
        // "Since 1999" is a reference point and "as of Friday" a count's time stamp, not when
        // the story's event happened: such dates meet only their own kind.
        if a.kind == .date, relationA != relationB { return .veto("dates of different relations (\(relationA ?? "event"), \(relationB ?? "event"))") }
        // Two dates of the same event in a story are the story's dates: the event is the evidence,
        // the more so for the event most reports tell of (the crash, the attack).
        if a.kind == .date, samePredicate {
            score += 0.5
            if let event, 2 * statistics.frequency[event, default: 0] >= statistics.sources { score += 0.75 }
        }
        // Every key each side knows, read once: most terms have no match, found by hashing.
        var xKnown = x.knownKeys
        var yKnown = y.knownKeys
        var words = 0.0
        var counted: [Int] = []
        for (index, term) in x.terms.enumerated() {
            guard y.mayKnow(termBit: x.termBits, index), yKnown.contains(term.key), term.key != x.predicate?.key, term.key != x.measure?.key,
                  let match = y.terms.first(where: { $0.key == term.key }) else { continue }
            // One word of the sentence counts once, however many glosses it has.
            guard !counted.contains(term.start) else { continue }
            counted.append(term.start)
            words += min(term.weight, match.weight) * (term.role == nil ? 1 : 1.5) * (0.5 + statistics.weight(term.key))
            shared.append(SharedTerm(key: term.key, role: "word", left: term.text, right: match.text))
        }
        score += min(words, 2.5)
        // A name in one language is often a dictionary word in another (Vientiane ~ 万象).
        // A longer name holds a shorter one word for word ("mekong river" ~ "mekong").
        var names: Set<String> = []
        for (index, name) in x.names.enumerated() where y.mayKnow(termBit: x.nameBits, index) && yKnown.contains(name) { names.insert(name) }
        for (index, name) in y.names.enumerated() where x.mayKnow(termBit: y.nameBits, index) && xKnown.contains(name) { names.insert(name) }
        // A name in Sino-Vietnamese readings is the same name in pinyin ("Kim Thủy" ~ "Jinshui Bridge").
        let spelt = Self.spellingMatches(x, y) + Self.spellingMatches(y, x).map { ($0.1, $0.0) }
        let bySpelling = spelt.filter { !names.contains($0.0) && !names.contains($0.1) }
        score += min(Double(names.count + bySpelling.count) * 0.75, 1.5)
        for name in names.sorted() { shared.append(SharedTerm(key: name, role: "name", left: name, right: name)) }
        for (left, right) in bySpelling {
            shared.append(SharedTerm(key: left, role: "name", left: left, right: right))
            names.insert(left)
        }
        for (left, right) in spelt {
            xKnown.insert(right)
            yKnown.insert(left)
        }
        // A date told with more places than another, all the other's among them ("registered
        // at the Aegean island of Leros", Greek officials said; "registered in Greece"), dates
        // the same event in more detail. A count so told is still a part of the other's.
        let moreDetail = a.kind == .date && !x.clauseNames.isEmpty && !y.clauseNames.isEmpty
            && (x.clauseNames.allSatisfy(yKnown.contains) || y.clauseNames.allSatisfy(xKnown.contains))
        if !x.clauseNames.isEmpty, !y.clauseNames.isEmpty, !x.clauseNames.contains(where: yKnown.contains),
           !y.clauseNames.contains(where: xKnown.contains) {
            score -= 1.5
        } else if a.sourceID != b.sourceID, a.kind != .identifier, !moreDetail,
                  x.clauseNames.contains(where: { !yKnown.contains($0) && statistics.frequency[$0, default: 1] <= 1 })
                    || y.clauseNames.contains(where: { !xKnown.contains($0) && statistics.frequency[$0, default: 1] <= 1 }) {
            // A place only one report names narrows its figure to it ("7 trapped in Renhe"
            // against the 137 trapped in all): the story's own places are named by several.
            // A code is a name itself, which no place beside it narrows.
            score -= 1
        }
        var together = 0.0
        for value in x.coValues where y.coValues.contains(where: {
            $0.kind == value.kind && $0.value == value.value && $0.measure == value.measure
        }) {
            together += value.measure == nil ? 0.5 : 1
            shared.append(SharedTerm(key: value.measure ?? value.kind.rawValue, role: "co-value", left: value.display, right: value.display))
        }
        score += min(together, 2)
        if a.kind == .date {
            // Figures in common, matched by value alone: one report counts "9 deaths", another "9人死亡".
            let stamped = x.coValues.contains { v in y.coValues.contains { $0.value == v.value && $0.kind == v.kind } }
            // A running event (bodies found, suspects arrested, people rescued) happens on many
            // days: two of its dates are one fact only when something rarer ties them, a name
            // few reports give ("Lê Thị Trinh được tìm thấy hôm 17/10") or a figure in common.
            let rare = names.contains { statistics.frequency[$0, default: 1] <= 2 }
            if x.grows || y.grows, !stamped, !rare { return .veto("dates of a running event with no rare name or figure in common") }
            // A count's time stamp ("as of 10 p.m. Wednesday", "截至3日晚10時") is one fact only
            // with the figures it stamps: other figures are another snapshot.
            if relationA == "as of", !stamped { return .veto("time stamps of different figures") }
        }
        // The same measure beside both with no value in common: another event ("magnitude 5.3,
        // depth 31.2 km" is not "magnitude 7.3, depth 12 km").
        // Compared in place: this runs for every candidate pair.
        let otherEvent = x.coValues.contains { v in
            guard let measure = v.measure, measure != x.measure?.key, y.coValues.contains(where: { $0.measure == measure }) else { return false }
            return !x.coValues.contains { w in w.measure == measure && y.coValues.contains { $0.measure == measure && $0.value == w.value } }
        }
        if otherEvent { score -= 0.75 }
        // Which part of a count a figure is; a code has no parts. A date qualified otherwise
        // ("scheduled to land at 8:30", "原計劃") is another fact.
        if a.kind != .identifier, !(x.scope.isEmpty && y.scope.isEmpty), Set(x.scope) != Set(y.scope) {
            if a.kind == .date || a.kind == .duration { return .veto("\(a.kind == .date ? "dates" : "durations") of different scopes") }
            score -= 0.5
        } else if a.kind != .identifier, a.kind != .date, !x.scope.isEmpty {
            // Both say which part they count, alike ("7 người mang quốc tịch Thái Lan", "2人為泰國人").
            score += 0.5
            for key in x.scope { shared.append(SharedTerm(key: key, role: "scope", left: key, right: key)) }
        }
        return .evidence(PairEvidence(score: (score * 100).rounded() / 100, scorer: Self.description.tag, shared: shared.terms))
    }
}

/// The words a pair shares, written down only when the evidence is wanted: a score alone needs
/// none of them, and the aligner scores millions of pairs.
struct SharedTerms {
    var keep: Bool
    var terms: [SharedTerm] = []

    init(keep: Bool) { self.keep = keep }

    mutating func append(_ term: @autoclosure () -> SharedTerm) {
        if keep { terms.append(term()) }
    }
}
