/// Ties each value to what it is about: the attribute whose cue stands nearest it in the same
/// clause (投资, đầu tư, invested), the entities of its sentence (or of the sentence before,
/// when it names none), the metric period (monthly, hằng tuần), and the date the statement
/// refers to. Claims whose attribute is found get a topic; the aligner groups claims by it.
public struct ClaimBuilder: Sendable {
    public let lexicon: TopicLexicon
    /// Reads every value's open description; without it only curated attributes are known.
    public let reader: DescriptionReader?
    /// The widest gap, in scalars, between a value and its attribute's cue.
    public var maximumGap = 30

    public init(lexicon: TopicLexicon, concepts: ConceptLexicon? = nil) {
        self.lexicon = lexicon
        self.reader = concepts.map(DescriptionReader.init(lexicon:))
    }

    /// A phrase found in a sentence: what it stands for and where.
    struct Found {
        var index: Int
        var span: TextSpan
    }

    /// What the lexicon finds in one sentence: entity names, attribute cues, metric periods and
    /// subset marks.
    typealias Phrases = (entities: [Found], cues: [Found], periods: [(String, TextSpan)], subsets: [TextSpan])

    func phrases(in sentence: TextSpan, scalars s: [Unicode.Scalar], language: TopicLanguage, values: ValueSpans) -> Phrases {
        var entities: [Found] = []
        var cues: [Found] = []
        var periods: [(String, TextSpan)] = []
        var subsets: [TextSpan] = []
        var i = sentence.start
        while i < sentence.end {
            // Latin phrases start at word starts only; Han phrases anywhere.
            if ScalarClass.isLetter(s[i]), i > sentence.start, ScalarClass.isLetter(s[i - 1]) {
                i += 1
                continue
            }
            if let name = language.entityNames.match(at: i, in: s) {
                // A name inside a value is part of it ("đô la Mỹ" is a currency, not the US).
                let span = TextSpan(start: i, end: name.end)
                if !values.overlap(span) {
                    entities.append(Found(index: name.value, span: span))
                }
            }
            if let cue = language.cues.match(at: i, in: s) {
                for attribute in cue.value { cues.append(Found(index: attribute, span: TextSpan(start: i, end: cue.end))) }
            }
            if let period = language.periods.match(at: i, in: s) {
                periods.append((period.value, TextSpan(start: i, end: period.end)))
            }
            if let subset = language.subsets.match(at: i, in: s) {
                subsets.append(TextSpan(start: i, end: subset.end))
            }
            i += 1
        }
        return (entities, cues, periods, subsets)
    }

    public func assign(_ claims: [Claim], in document: Document) -> [Claim] {
        guard !claims.isEmpty else { return claims }
        let language = lexicon.language(document.language)
        let s = document.scalars
        let values = ValueSpans(claims.map(\.span))
        // Each sentence with claims is searched for phrases once, on every core.
        var starts: Set<Int> = []
        let claimSentences = claims.map { document.sentence(covering: $0.span) }.filter { starts.insert($0.start).inserted }
        let searched = Parallel.map(claimSentences, minimumPerChunk: 16) { phrases(in: $0, scalars: s, language: language, values: values) }
        let scanned = Dictionary(zip(claimSentences.map(\.start), searched), uniquingKeysWith: { first, _ in first })
        @Sendable func scan(_ sentence: TextSpan) -> Phrases {
            scanned[sentence.start] ?? phrases(in: sentence, scalars: s, language: language, values: values)
        }

        let readings = reader.map { describe(claims, in: document, reader: $0, language: language, entityScan: { scan($0).entities }) } ?? [:]
        // What each update's figure updates: its subject's span, by claim.
        var subjects: [String: (figure: TextSpan, subject: TextSpan)] = [:]
        for claim in claims {
            if let reading = readings[claim.id], reading.update, let p = reading.predicate {
                subjects[claim.id] = (claim.span, TextSpan(start: p.start, end: p.end))
            }
        }
        // The same, by where their figures start, to find a sentence's without a scan of all.
        let updates = subjects.map { (id: $0.key, figure: $0.value.figure, subject: $0.value.subject) }.sorted { $0.figure < $1.figure }
        @Sendable func updatesWithin(_ sentence: TextSpan) -> ArraySlice<(id: String, figure: TextSpan, subject: TextSpan)> {
            var low = 0, high = updates.count
            while low < high {
                let mid = (low + high) / 2
                if updates[mid].figure.start < sentence.start { low = mid + 1 } else { high = mid }
            }
            var end = low
            while end < updates.count, updates[end].figure.start < sentence.end { end += 1 }
            return updates[low..<end]
        }
        // Each claim's sentence, and the claims and dates of each sentence: a figure is compared
        // with its own sentence's only, so a long source costs in proportion to its claims.
        let sentences = claims.map { document.sentence(covering: $0.span) }
        var bySentence: [Int: [Claim]] = [:]
        for (claim, sentence) in zip(claims, sentences) { bySentence[sentence.start, default: []].append(claim) }
        let local = bySentence
        let updated = subjects
        let localDates = local.mapValues { $0.filter { $0.kind == .date && $0.value.low != nil && $0.value.high != nil } }
        let sentenceIndex = Dictionary(document.sentences.enumerated().map { ($1.start, $0) }, uniquingKeysWith: { first, _ in first })
        // Each claim is read on its own, on every core.
        return Parallel.map(Array(claims.indices), minimumPerChunk: 64) { index in
            var claim = claims[index]
            let sentence = sentences[index]
            let claims = local[sentence.start] ?? []
            let dates = localDates[sentence.start] ?? []
            let found = scan(sentence)
            let clause = clause(around: claim.span, in: sentence, scalars: s, language: language)
            // The subject of an update ("the death toll from the magnitude 6.8 quake rose to 31")
            // is the updated figure's, however far, and no other figure's between.
            let own = updated[claim.id]?.subject
            let taken = updatesWithin(sentence).filter { $0.id != claim.id && sentence.contains($0.figure) }.map(\.subject)
            var attribute = bestAttribute(for: claim, cues: found.cues, clause: clause, subject: own, taken: taken)
            // A leading phrase of time ("过去六年,微软……投资", "In the past six years, Microsoft
            // invested") belongs to the clause after it.
            if attribute == nil, claim.kind == .duration, clause.start == sentence.start, clause.end < sentence.end {
                let next = self.clause(around: TextSpan(start: clause.end + 1, end: clause.end + 1), in: sentence, scalars: s, language: language)
                attribute = bestAttribute(for: claim, cues: found.cues, clause: TextSpan(start: clause.start, end: next.end))
            }
            claim.reading = readings[claim.id]
            // "352 others wounded, 99 of them critically": a part with no noun of its own
            // counts what its whole counts, and what happened to the whole happened to it.
            // "另外4位死亡的袭击者当中,3人是……身亡": a part counted by a generic noun (人, người,
            // people) counts what its whole counts too, when the whole names something narrower.
            if var reading = claim.reading, reading.measure == nil || reading.genericMeasure,
               let whole = whole(of: claim, among: claims, in: sentence, subsets: found.subsets),
               let measure = readings[whole.id]?.measure,
               reading.measure == nil || readings[whole.id]?.genericMeasure == false {
                let hadPredicate = reading.measure != nil && reading.predicate != nil
                // A generic noun still does not say which part it is ("其中173人為韓國人").
                reading.genericMeasure = reading.genericMeasure || readings[whole.id]?.genericMeasure ?? false
                reading.measure = measure
                if !hadPredicate, let predicate = readings[whole.id]?.predicate {
                    reading.predicate = predicate
                    reading.genericPredicate = readings[whole.id]?.genericPredicate ?? false
                }
                claim.reading = reading
            }
            guard let attribute else {
                if var reading = claim.reading {
                    // A dateline ("【新唐人2015年11月15日讯】", "HANOI, Oct 17 —") dates the report, not an
                    // event: a date of the publication day in the text's first words, marked as a dateline
                    // by the language's dateline marks (讯, "(CNA)", "Updated:").
                    if claim.kind == .date, claim.span.start < Self.datelineReach, isPublicationDay(claim, document.source),
                       reader?.lexicon.language(document.language).isDateline(claim.span, in: s) == true {
                        reading.predicate = DescriptionTerm(key: "statement", text: claim.text, start: claim.span.start,
                                                            end: claim.span.end, role: .event)
                        claim.reading = reading
                    }
                    var context = openContext(for: claim, reading: reading, sentence: sentence, clause: clause, dates: dates, readings: readings)
                    context.isSubset = isSubset(claim, of: claims, in: sentence, subsets: found.subsets)
                    claim.context = context
                }
                return claim
            }
            // The clause's entities, else the sentence's, else the previous sentence's: the
            // narrowest scope that names any, so "Ripplewood invests $1B in OpenAI, short of
            // Microsoft's planned $10B" does not give Microsoft the first figure.
            var entities = nearestEntities(found.entities.filter { clause.contains($0.span) }, to: claim.span)
            // The subject often stands before the clause: "微軟……,在2019年7月給OpenAI投資".
            if entities.count < 2, let subject = found.entities.last(where: {
                $0.span.end <= clause.start && !entities.contains(lexicon.entities[$0.index].id)
            }) {
                entities.append(lexicon.entities[subject.index].id)
            }
            if entities.isEmpty { entities = nearestEntities(found.entities, to: claim.span) }
            if entities.isEmpty, let previous = sentenceIndex[sentence.start].flatMap({ $0 > 0 ? document.sentences[$0 - 1] : nil })
                ?? (sentenceIndex[sentence.start] == nil ? document.sentences.last(where: { $0.end <= sentence.start }) : nil) {
                entities = nearestEntities(scan(previous).entities, to: claim.span)
            }
            let period = found.periods.first { clause.contains($0.1) }?.0
            let isSubset = isSubset(claim, of: claims, in: sentence, subsets: found.subsets)
            // A relation (who invested in whom) is keyed by both entities, other attributes by the
            // entity nearest the value (ChatGPT's users, whoever else the sentence names).
            let keyed = !attribute.perEntity ? [] : attribute.isRelation ? entities : Array(entities.prefix(1))
            var context = ClaimContext(attribute: attribute.id, attributeLabel: attribute.label, grows: attribute.grows,
                                       entities: keyed, period: period)
            context.isSubset = isSubset
            context.isStoryFact = !attribute.perEntity
            // What is counted: nothing to add when the attribute names it (users, suspects);
            // otherwise the lexicon's canonical noun when the whole noun is one (người, 人,
            // people), else the noun as written; nothing either when the noun is the event
            // itself ("1,011 injuries", "9 deaths"), which counts people as the other reports do.
            if claim.kind == .count, !attribute.isNoun, let noun = claim.value.unit,
               claim.reading?.predicate.map({ $0.text.lowercased() != noun.lowercased() }) ?? true {
                let scalars = Array(noun.unicodeScalars)
                if let canonical = language.counted.match(at: 0, in: scalars), canonical.end == scalars.count {
                    context.counted = canonical.value
                } else {
                    context.counted = noun
                }
            }
            if let measure = claim.reading?.measure?.key { context.counted = measure }
            if claim.kind != .date, let reference = referenceDate(for: claim, grows: context.grows || claim.reading?.changes == true,
                                                                 in: sentence, clause: clause, dates: dates, readings: readings) {
                date(&context, by: reference)
            }
            let names = context.entities.compactMap { id in lexicon.entities.first { $0.id == id }?.label }
            let key = ([attribute.id] + context.entities.sorted()).joined(separator: "|")
            let label = names.isEmpty ? attribute.label : names.joined(separator: ", ") + ": " + attribute.label
            claim.topic = ClaimTopic(key: key, label: label)
            claim.context = context
            return claim
        }
    }

    /// A count after another count of its sentence, with "among" or "其中" before it, is a
    /// part of that count, not a rival figure.
    /// "99 of them" and "3 of whom" are parts too, with the mark right after the value.
    func isSubset(_ claim: Claim, of claims: [Claim], in sentence: TextSpan, subsets: [TextSpan]) -> Bool {
        let countsBefore = claims.contains { $0.kind == .count && sentence.contains($0.span) && $0.span.end <= claim.span.start }
        return (claim.kind == .count || claim.kind == .number) && countsBefore
            && subsets.contains { $0.end <= claim.span.start || ($0.start >= claim.span.end && $0.start - claim.span.end <= 1) }
    }

    /// How many characters a leading phrase of time may hold besides its date ("Vào lúc", "On",
    /// "(giờ địa phương)").
    static let leadReach = 18
    /// How far into a text a dateline may reach, in characters.
    static let datelineReach = 48

    /// Whether a date falls on its source's publication day (or within its month, for a
    /// source dated to the month).
    func isPublicationDay(_ claim: Claim, _ source: SourceInfo) -> Bool {
        guard let low = claim.value.low, let high = claim.value.high, let published = source.published else { return false }
        let first = Double(CalendarDays.from(year: published.year, month: published.month ?? 1, day: published.day ?? 1))
        return low >= first - 1 && high <= first + (published.day == nil ? 31 : 2)
    }

    /// The count a part belongs to: the nearest count before it in its sentence, when the part
    /// is marked as one ("99 of them", "其中3人").
    func whole(of claim: Claim, among claims: [Claim], in sentence: TextSpan, subsets: [TextSpan]) -> Claim? {
        guard isSubset(claim, of: claims, in: sentence, subsets: subsets) else { return nil }
        return claims.filter { $0.kind == .count && sentence.contains($0.span) && $0.span.end <= claim.span.start }
            .max { $0.span.end < $1.span.end }
    }

    /// The context of a claim no curated attribute covers, from its open description: what it
    /// counts, whether it is a running total, the date its sentence gives.
    /// The date a figure is of: the nearest date of its clause, else of its sentence; for a running total, the time
    /// stamp ("as of 10 p.m.", "截至昨晚8時40分") or the date its sentence was said ("the death
    /// toll from Wednesday's quake rose to 10, the center said at 8:40pm yesterday") first, for
    /// a total counts until then, whenever the event was.
    /// `stamp` says the date is such a time stamp, not the event's date.
    func referenceDate(for claim: Claim, grows: Bool, in sentence: TextSpan, clause: TextSpan, dates: [Claim],
                       readings: [String: ClaimDescription]) -> (date: Claim, stamp: Bool)? {
        func relation(_ date: Claim) -> String? {
            var reading = date
            reading.reading = readings[date.id]
            return reading.dateRelation
        }
        // The base of a comparison ("so với cùng kỳ năm trước", "compared with 2019") is not when
        // the figure holds.
        let candidates = dates.filter { sentence.contains($0.span) && relation($0) != "compared with" }
        // Nearest within the figure's own clause first: in "一季度同比增长6.7%,二季度增长6.7%" the
        // first figure is the first quarter's, though the second quarter stands nearer. Outside
        // it, a date before the clause, which leads what follows ("前三季度,…同比增长6.0%,增速与上
        // 半年持平", "Tính chung 9 tháng năm 2018, GDP tăng 6,98%"), before one after it.
        func nearest(_ list: [Claim]) -> Claim? {
            let inClause = list.filter { clause.contains($0.span) }
            let before = list.filter { $0.span.end <= clause.start }
            let pool = !inClause.isEmpty ? inClause : !before.isEmpty ? before : list
            return pool.min { distance($0.span, claim.span) < distance($1.span, claim.span) }
        }
        if grows {
            if let stamp = nearest(candidates.filter({ relation($0) == "as of" })) { return (stamp, true) }
            if let said = nearest(candidates.filter({ readings[$0.id]?.predicate?.key == "statement" })) { return (said, true) }
        }
        return nearest(candidates).map { ($0, false) }
    }

    /// Sets a context's reference (the day of its date) and, for a time stamp given to the
    /// minute, its stamp.
    func date(_ context: inout ClaimContext, by reference: (date: Claim, stamp: Bool)) {
        let date = reference.date
        guard var low = date.value.low, var high = date.value.high else { return }
        if reference.stamp, date.value.precision == "minute" { context.stamp = low...high }
        // A time of day dates a figure to its day: reports of one event differ by minutes.
        if date.value.precision == "minute" {
            low.round(.down)
            high.round(.up)
        }
        context.reference = low...high
        context.referenceText = date.text
    }

    func openContext(for claim: Claim, reading: ClaimDescription, sentence: TextSpan, clause: TextSpan, dates: [Claim],
                     readings: [String: ClaimDescription]) -> ClaimContext {
        let key = reading.measure?.key ?? reading.predicate?.key ?? claim.kind.rawValue
        var context = ClaimContext(attribute: key, attributeLabel: key, grows: reading.grows, entities: [])
        context.isStoryFact = true
        context.counted = reading.measure?.key
        if claim.kind != .date, let reference = referenceDate(for: claim, grows: reading.grows || reading.changes, in: sentence, clause: clause,
                                                              dates: dates, readings: readings) {
            date(&context, by: reference)
        }
        return context
    }

    /// Every claim's open description, sentence by sentence.
    func describe(_ claims: [Claim], in document: Document, reader: DescriptionReader, language: TopicLanguage,
                  entityScan: @Sendable (TextSpan) -> [Found]) -> [String: ClaimDescription] {
        let s = document.scalars
        let concepts = reader.lexicon.language(document.language)
        var bySentence: [Int: (sentence: TextSpan, claims: [Claim])] = [:]
        var order: [Int] = []
        for claim in claims {
            let sentence = document.sentence(covering: claim.span)
            if bySentence[sentence.start] == nil { order.append(sentence.start) }
            bySentence[sentence.start, default: (sentence, [])].claims.append(claim)
        }
        // Each sentence's words are read on every core, and so are the sentences described: a
        // sentence takes the names of the last one before it that named any.
        // Codes stay names of their sentence ("44 passengers on QV301").
        let work = order.map { start in (bySentence[start]!.sentence, bySentence[start]!.claims.filter { $0.kind != .identifier }.map(\.span)) }
        let scans = Parallel.map(work, minimumPerChunk: 16) { sentence, values in
            reader.scan(sentence, scalars: s, language: concepts, values: values)
        }
        var before: [[String]] = []
        var named: [String: Int] = [:]
        var lastNames: [String] = []
        for scan in scans {
            before.append(lastNames)
            let names = scan.tokens.filter(\.isName).map(\.term.key)
            if !names.isEmpty { lastNames = names }
            for token in scan.tokens { if let country = DescriptionReader.country(of: token.term.key, language: concepts) { named[country.key, default: 0] += 1 } }
        }
        let previous = before
        let sentences = order.map { bySentence[$0]! }
        let described = Parallel.map(Array(scans.indices), minimumPerChunk: 16) { index -> [(String, ClaimDescription)] in
            let scan = scans[index]
            let (sentence, members) = sentences[index]
            let clauses = members.map { claim -> TextSpan in
                let clause = clause(around: claim.span, in: sentence, scalars: s, language: language)
                // A phrase of time standing as its own clause ("当天12点05分左右，由……闯入……，最后撞向",
                // "Vào lúc 12h05, một chiếc xe … đã đâm", "【…讯】北京时间10月28日星期一，…发生") dates the
                // rest of its sentence.
                // Not a clause that tells its own event ("于曼谷時間29日凌晨1時30分起飛，原計劃……抵達": took off,
                // and the plan was another time).
                guard claim.kind == .date || claim.kind == .duration, clause.end < sentence.end,
                      claim.span.start - clause.start <= Self.leadReach, clause.end - claim.span.end <= Self.leadReach,
                      !scan.tokens.contains(where: { $0.term.role == .event && clause.contains(TextSpan(start: $0.term.start, end: $0.term.end)) })
                else { return clause }
                return TextSpan(start: clause.start, end: sentence.end)
            }
            let found = entityScan(sentence)
            let entities = members.map { _ in found.map { lexicon.entities[$0.index].id } }
            let readings = reader.describe(members, clauses: clauses, sentence: sentence, scan: scan, language: concepts, previousNames: previous[index],
                                           entities: entities)
            return zip(members, readings).map { ($0.id, $1) }
        }
        var out: [String: ClaimDescription] = [:]
        for pairs in described { for (id, reading) in pairs { out[id] = reading } }
        localTimes(claims, in: &out, named: named, language: concepts)
        return out
    }

    /// A time of day in "local time" with no country right before it is in the zone of the
    /// country its report names most, twice at least and more than any other (a report of a
    /// crash in Korea of a flight from Thailand), in the sentences that give figures.
    func localTimes(_ claims: [Claim], in readings: inout [String: ClaimDescription], named: [String: Int], language: ConceptLanguage) {
        let ranked = named.sorted { $0.value > $1.value }
        guard let top = ranked.first, top.value >= 2, ranked.count == 1 || ranked[1].value < top.value, let zone = language.zone(of: top.key) else { return }
        for claim in claims where claim.value.zone == ClockZone.local.description && claim.value.precision == "minute" && readings[claim.id]?.utcOffset == nil {
            guard let day = claim.value.low, let offset = DescriptionReader.offset(of: zone, key: top.key, on: day) else { continue }
            readings[claim.id]?.utcOffset = offset.minutes
            readings[claim.id]?.zone = offset.name
        }
    }

    func distance(_ a: TextSpan, _ b: TextSpan) -> Int {
        if a.end <= b.start { return b.start - a.end }
        if b.end <= a.start { return a.start - b.end }
        return 0
    }

    /// The attribute whose cue is nearest the value within its clause and takes its kind. An
    /// attribute named by a verb (arrested, invested) wins over one named by the counted noun
    /// (suspects, users) in the same clause: "5 suspects were arrested" is about arrests.
    /// `subject` is what the value updates, when an update gives it ("the death toll … rose to
    /// 31"): its cue is the value's at any distance. `taken` are the subjects of the sentence's
    /// other updates, whose cues are theirs.
    func bestAttribute(for claim: Claim, cues: [Found], clause: TextSpan, subject: TextSpan? = nil, taken: [TextSpan] = []) -> Attribute? {
        var best: (attribute: Attribute, gap: Int)?
        func better(_ attribute: Attribute, _ gap: Int, than current: (attribute: Attribute, gap: Int)) -> Bool {
            if attribute.isNoun != current.attribute.isNoun { return !attribute.isNoun }
            return gap < current.gap
        }
        func overlaps(_ a: TextSpan, _ b: TextSpan) -> Bool { a.start < b.end && b.start < a.end }
        for cue in cues where clause.contains(cue.span) || cue.span.start >= claim.span.end && cue.span.start < clause.end {
            let attribute = lexicon.attributes[cue.index]
            guard attribute.kinds.contains(claim.kind) || (claim.kind == .number && attribute.kinds.contains(.count)) else { continue }
            guard !taken.contains(where: { overlaps($0, cue.span) }) else { continue }
            let gap = subject.map { overlaps($0, cue.span) } == true ? 0 : distance(cue.span, claim.span)
            guard gap <= maximumGap else { continue }
            if best == nil || better(attribute, gap, than: best!) { best = (attribute, gap) }
        }
        return best?.attribute
    }

    /// Up to two entities, nearest the value first, without repeats.
    func nearestEntities(_ found: [Found], to span: TextSpan) -> [String] {
        var ids: [String] = []
        for entity in found.sorted(by: { distance($0.span, span) < distance($1.span, span) }) {
            let id = lexicon.entities[entity.index].id
            if !ids.contains(id) { ids.append(id) }
            if ids.count == 2 { break }
        }
        return ids
    }

    /// The part of the sentence between the separators around the value: commas, semicolons,
    /// enumeration commas, and the conjunctions that join two statements, which the language's
    /// lexicon lists (và, and, 和, 与).
    func clause(around span: TextSpan, in sentence: TextSpan, scalars s: [Unicode.Scalar], language: TopicLanguage) -> TextSpan {
        var start = span.start
        while start > sentence.start, !isSeparator(at: start - 1, scalars: s, backwards: true, language: language) { start -= 1 }
        var end = span.end
        while end < sentence.end, !isSeparator(at: end, scalars: s, backwards: false, language: language) { end += 1 }
        return TextSpan(start: start, end: end)
    }

    func isSeparator(at i: Int, scalars s: [Unicode.Scalar], backwards: Bool, language: TopicLanguage) -> Bool {
        switch s[i] {
        case ",", ";", "，", "；", "、", "：", ":", "(", ")", "（", "）", "【", "】":
            return true
        case " ":
            // " và ", " and ": a conjunction between spaces, on the side the walk is heading.
            if backwards {
                guard let word = language.clauseBreaks.match(endingAt: i, in: s) else { return false }
                return word.start == 0 || s[word.start - 1] == " "
            }
            guard let word = language.clauseBreaks.match(at: i + 1, in: s) else { return false }
            return word.end < s.count && s[word.end] == " "
        default:
            // 和, 与, 但: a Han conjunction needs no spaces.
            return ScalarClass.isHan(s[i]) && language.clauseBreaks.match(at: i, in: s) != nil
        }
    }
}

/// A document's value spans, sorted, to ask whether a span overlaps any in logarithmic time:
/// the spans starting before its end overlap it when the furthest of their ends passes its start.
struct ValueSpans {
    let spans: [TextSpan]
    /// The largest end among the first `i + 1` spans.
    let reach: [Int]

    init(_ spans: [TextSpan]) {
        self.spans = spans.sorted()
        var reach: [Int] = []
        reach.reserveCapacity(spans.count)
        var furthest = Int.min
        for span in self.spans {
            furthest = max(furthest, span.end)
            reach.append(furthest)
        }
        self.reach = reach
    }

    func overlap(_ span: TextSpan) -> Bool {
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].start < span.end { low = mid + 1 } else { high = mid }
        }
        return low > 0 && reach[low - 1] > span.start
    }
}
