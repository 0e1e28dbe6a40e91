/// Reads a sentence into the terms that describe its values, in one pass over its scalars: core
/// concepts (longest phrase first), generated dictionary words (Han runs, Vietnamese syllable
/// runs), names (capitalised Latin words and codes), and the language's own words as written
/// (English folded to its head form). Stopwords are skipped; values are not terms.
public struct DescriptionReader: Sendable {
    public let lexicon: ConceptLexicon

    public init(lexicon: ConceptLexicon) { self.lexicon = lexicon }

    /// A term found in a sentence, with the core concept's growth flag.
    struct Token {
        var term: DescriptionTerm
        var keys: [String]
        var grows: Bool
        var isName: Bool
        /// A unit of measure (km, 公里): the figure's dimension rather than what is measured.
        var isUnit = false
        /// A current count that rises and falls (trapped, missing).
        var changes = false
        /// A measure that counts anyone (people).
        var generic = false
        /// The scope concepts a word also stands for ("轻伤": injured, and minor).
        var scopes: [String] = []
        /// Another occurrence of the story's event (an aftershock).
        var another = false
        /// For an event, the measure of those it happens to (arrested: suspect).
        var undergoer: String?
        /// Followed by a mark that makes it a modifier of the noun after it ("曼谷出发的航班": the
        /// flight that left Bangkok): not what happened in the clause.
        var modifier = false
        /// A name's spellings in other scripts' romanization ("Kim Thủy": jinshui).
        var forms: [String] = []
    }

    /// Marks found in a sentence besides its terms.
    struct Scan {
        var tokens: [Token] = []
        var attributionBefore: [TextSpan] = []
        var attributionAfter: [TextSpan] = []
        /// The words of the marks, by where they start.
        var markText: [Int: String] = [:]
        var updates: [TextSpan] = []
        var repeats: [TextSpan] = []
        /// Relative pronouns (", who …,") with where their clause ends: the next comma.
        var relatives: [(mark: TextSpan, clauseEnd: Int)] = []
        /// Where the sentence's commas, semicolons and colons stand.
        var stops: [Int] = []
        /// Words joining two nouns into one group ("and", "và", "和").
        var joins: [TextSpan] = []
        /// Copulas ("were", "là", "為").
        var copulas: [TextSpan] = []
        var passives: [TextSpan] = []
        /// Words that name a country's time beside its name ("時間", "giờ", "time").
        var zoneMarks: [TextSpan] = []
        var agentMarks: [TextSpan] = []
    }

    /// Describes each claim of one sentence; `clauses` gives each claim's clause.
    func describe(_ claims: [Claim], clauses: [TextSpan], sentence: TextSpan, scan: Scan, language: ConceptLanguage, previousNames: [String],
                  entities: [[String]]) -> [ClaimDescription] {
        let tokens = scan.tokens
        func distance(_ a: TextSpan, _ b: Int, _ e: Int) -> Int {
            if a.end <= b { return b - a.end }
            if e <= a.start { return a.start - e }
            return 0
        }
        var measures: [DescriptionTerm?] = []
        // The verb of an update ("rose to", "tăng lên", "上升至") is no measure of its figure.
        let words = scan.updates.isEmpty ? tokens
            : tokens.filter { token in !scan.updates.contains { $0.start <= token.term.start && token.term.end <= $0.end } }
        for claim in claims {
            measures.append(measure(of: claim, tokens: words, clause: clauses[measures.count], values: claims.map(\.span), joins: scan.joins,
                                    agents: scan.agentMarks))
        }
        // A figure whose noun is left out after a count of the same sentence counts that noun:
        // "1,099 people were injured and 15 were missing", "killing 130 people and wounding
        // 352". It is the subject or the object of its own event, joined to the count before.
        for index in claims.indices where measures[index] == nil && claims[index].value.unit == nil
            && (claims[index].kind == .count || claims[index].kind == .number) {
            let span = claims[index].span
            guard let previous = claims.indices.last(where: { claims[$0].span.end <= span.start }), claims[previous].kind == .count,
                  let noun = measures[previous], noun.end <= span.start,
                  scan.joins.contains(where: { $0.start >= claims[previous].span.end && $0.end <= span.start }) else { continue }
            let copula = scan.copulas.first { $0.start >= span.end && $0.start - span.end <= 1 }
            let after = copula?.end ?? span.end
            let subject = tokens.contains { $0.term.role == .event && !$0.generic && $0.term.start >= after && $0.term.start - after <= 1 }
            let object = tokens.contains { $0.term.role == .event && !$0.generic && $0.term.end <= span.start && span.start - $0.term.end <= 1 }
            if subject || object { measures[index] = noun }
        }
        var out: [ClaimDescription] = []
        for (index, claim) in claims.enumerated() {
            let clause = clauses[index]
            let span = claim.span
            var description = ClaimDescription()
            description.measure = measures[index]
            if let measure = measures[index] {
                // Words between the value and what it counts qualify it ("17名老挝人": Lao); so
                // does a name right after it where modifiers follow the noun ("2 nạn nhân người
                // Việt"), a name past a word ("four individuals in Taroko Gorge", "two passengers
                // were Thai") and a scope word; not a name right after it in English or Chinese,
                // which is another noun's ("the 1,500-seat Bataclan hall").
                for token in tokens where token.term.start >= span.end && token.term.end <= measure.start {
                    description.scope.append(token.term.key)
                }
                if measure.start >= span.end, let next = tokens.first(where: { $0.term.start >= measure.end }),
                   next.term.start - measure.end <= 8, (next.isName && (language.modifiersAfterNoun || next.term.start > measure.end + 1)) || next.term.role == .scope {
                    description.scope.append(next.term.key)
                }
            }
            // A copula right after the figure or its noun says which group is counted: a country
            // ("173 were Korean", "2人為泰國人": Korea, Thailand), or what it counts when its noun
            // says little ("2 người là khách qua đường": passers-by).
            let afterCount = description.measure.map { $0.start >= span.end ? $0.end : span.end } ?? span.end
            // Right after the copula: "3人是在法兰西球场附近…身亡" (were at the Stade de France) names
            // no group.
            if let copula = scan.copulas.first(where: { $0.start >= afterCount && $0.start - afterCount <= 2 }),
               let next = tokens.first(where: { $0.term.start >= copula.end && $0.term.start - copula.end <= 1 }),
               next.term.start == copula.end || language.tag != "zh" {
                if let place = language.place(next.term.key) {
                    if !description.scope.contains(place) { description.scope.append(place) }
                } else if next.term.role == .measure, !next.generic, description.measure == nil || tokens.contains(where: { $0.term == description.measure && $0.generic }) {
                    description.measure = next.term
                }
            }
            // A nationality beside a country, near the figure in its clause, says which part is
            // counted: "2 người mang quốc tịch Thái Lan", "澳洲籍2人", "of Korean nationality".
            for mark in tokens where mark.keys.contains("nationality") && clause.contains(TextSpan(start: mark.term.start, end: mark.term.end))
                && distance(span, mark.term.start, mark.term.end) <= Self.nationalityReach {
                for token in tokens where abs(token.term.end - mark.term.start) <= 1 || abs(mark.term.end - token.term.start) <= 1 {
                    if let place = language.place(token.term.key), !description.scope.contains(place) { description.scope.append(place) }
                }
            }
            let clauseEvents = tokens.filter { $0.term.role == .event && !$0.modifier && clause.contains(TextSpan(start: $0.term.start, end: $0.term.end)) }
            // A date dates every event its clause tells of, the far ones too.
            if claim.kind == .date { description.clauseEvents = clauseEvents.filter { !$0.generic }.map(\.term.key) }
            // "Happened", "xảy ra", "发生" say only that something happened: any other event wins.
            let specific = clauseEvents.filter { !$0.generic }
            let events = specific.isEmpty ? clauseEvents : specific
            // What happened to what is counted stands right after it ("137 people were trapped",
            // "8名袭击者已经死亡"); else the event nearest the value ("killing all 49 people").
            let counted = description.measure.map { $0.start >= span.end ? $0.end : span.end } ?? span.end
            // Past the clause's end too, with no other figure between: "犯下恐怖攻击的共8名凶手,都已经
            // 死亡" (the eight attackers, all dead), where the event before is the noun's modifier.
            // Not for a figure in a unit of measure ("tâm chấn ở độ sâu 10km, dư chấn có thể cảm
            // nhận…"): a depth or a distance is no subject the next clause goes on about.
            let inUnit = claim.value.unit.flatMap { language.unit(of: $0) } != nil
            let following = description.measure == nil || inUnit ? events : events + tokens.filter { token in
                token.term.role == .event && !token.generic && !clause.contains(TextSpan(start: token.term.start, end: token.term.end))
                    && token.term.start >= counted && !claims.contains { $0.span.start >= counted && $0.span.end <= token.term.start }
            }
            // A verb right before its object governs it ("rescued 44 people trapped in tunnels",
            // "救出44人", "killing all 49 people"): no other word stands between them.
            let governing = claim.kind == .count || claim.kind == .number ? events.last { event in
                event.term.end <= span.start && span.start - event.term.end <= Self.objectReach
                    && !tokens.contains { $0.term.start >= event.term.end && $0.term.end <= span.start }
            } : nil
            // "89 people, who had been listening to a rock band, had been shot to death": past a
            // relative clause right after what is counted, the next event is what happened to it.
            let relative = description.measure.flatMap { measure in
                scan.relatives.first { $0.mark.start >= measure.end && $0.mark.start - measure.end <= 3 }
            }
            let pastRelative = relative.flatMap { relative in
                tokens.first { $0.term.role == .event && !$0.generic && $0.term.start > relative.clauseEnd
                    && $0.term.start - relative.clauseEnd <= Self.relativeReach }
            }
            // The figure an update gives ("the death toll from the magnitude 7.2 quake rose to 10",
            // "số người chết đã tăng lên 10", "死亡人数上升至10人") is the new value of the running
            // total the update's subject names: the nearest before the update, not past a comma;
            // a conjunction inside the subject does not cut it ("the death toll from floods and
            // landslides … has climbed to 174").
            let updated = scan.updates.first { mark in
                mark.end <= span.start && span.start - mark.end <= 2 && mark.start >= clause.start
            }.flatMap { mark in
                let from = scan.stops.last { $0 < mark.start } ?? sentence.start
                return tokens.last { $0.grows && $0.term.role == .event && !$0.modifier && $0.term.end <= mark.start && $0.term.start >= from }
            }
            if let updated, description.measure == nil {
                description.predicate = updated.term
            } else if let governing {
                description.predicate = governing.term
            } else if let pastRelative, events.isEmpty {
                description.predicate = pastRelative.term
            } else if let after = following.first(where: { $0.term.start >= counted && $0.term.start - counted <= Self.predicateReach }) {
                description.predicate = after.term
            } else if description.measure != nil, let place = tokens.first(where: { token in
                token.term.role == .place && token.term.start >= counted && token.term.start - counted <= 3
                    && clause.contains(TextSpan(start: token.term.start, end: token.term.end))
            }) {
                // Where what is counted is, right after it, is what the count is ("two out of the
                // 181 people on board", "181 người trên máy bay"): not an event further off.
                description.predicate = place.term
            } else if let nearest = events.min(by: { distance(span, $0.term.start, $0.term.end) < distance(span, $1.term.start, $1.term.end) }) {
                description.predicate = nearest.term
            } else if let shared = tokens.last(where: { token in
                token.term.role == .event && !token.generic && token.term.end <= span.start
                    && span.start - token.term.end <= (claim.kind == .date ? 2 * Self.listReach : Self.listReach)
                    && !claims.contains { $0.span.start >= token.term.end && $0.span.end <= span.start }
            }) {
                // The items of a list share the verb before them ("7 people were trapped in
                // Renhe, 47 hotel employees and …"), with no other figure in between; so does a
                // date closing a longer list ("launched assaults on the Stade de France, … and
                // several bars and restaurants on 13 November").
                description.predicate = shared.term
            } else if let measure = description.measure, measure.start >= span.end,
                      let next = tokens.first(where: { $0.term.start >= measure.end }), next.term.start - measure.end <= 3,
                      next.term.end <= clause.end, next.term.role == nil, !next.isName, !next.term.key.hasPrefix("zh:"),
                      language.place(next.term.key) == nil, !scan.copulas.contains(where: { $0.start >= measure.end && $0.end <= next.term.start }) {
                // No core event: the word right after what is counted is what happened to it
                // ("143 people trapped", "137人被困", "3 hotel employees escaped"); not a country
                // the copula before it names ("2人為泰國人").
                description.predicate = next.term
            }
            // A date whose clause tells of no event known to the core dates the verb its clause puts
            // in the passive ("had been registered at Leros on Oct. 3", "được đăng ký ngày 3/10"),
            // the one nearest it: the verb is what happened then.
            if claim.kind == .date, description.predicate == nil, clauseEvents.isEmpty {
                let verbs = scan.passives.compactMap { mark in
                    tokens.first { $0.term.start >= mark.end && $0.term.start - mark.end <= 1 }.flatMap { token in
                        clause.contains(TextSpan(start: token.term.start, end: token.term.end)) && !token.isName && token.term.role == nil
                            && language.place(token.term.key) == nil ? token : nil
                    }
                }
                if let verb = verbs.min(by: { distance(span, $0.term.start, $0.term.end) < distance(span, $1.term.start, $1.term.end) }) {
                    description.predicate = verb.term
                }
            }
            // A date right after "said", "cho biết", "称" is when the statement was made.
            if claim.kind == .date, let mark = scan.attributionAfter.first(where: { $0.end <= span.start && span.start - $0.end <= 4 }) {
                description.predicate = DescriptionTerm(key: "statement", text: scan.markText[mark.start] ?? "", start: mark.start,
                                                        end: mark.end, role: .event)
            }
            description.genericMeasure = tokens.contains { $0.term == description.measure && $0.generic }
            description.genericPredicate = tokens.contains { $0.term == description.predicate && $0.generic }
            description.undergoer = tokens.first { $0.term == description.predicate }?.undergoer
            // The unit the measure was read as when it begins with the counted noun and says more
            // ("117 kilometers per hour": the extractor's noun stops at "per"), else the noun's.
            if claim.kind == .count || claim.kind == .number, let written = claim.value.unit,
               let unit = description.measure.flatMap({ $0.text.count > written.count && $0.text.hasPrefix(written) ? language.unit(of: $0.text) : nil })
                ?? language.unit(of: written) {
                description.unit = unit.concept
                description.scale = unit.factor
                if unit.offset != 0 { description.offset = unit.offset }
            }
            // A count of the trapped or missing is a snapshot wherever the word stands near it.
            description.changes = events.contains {
                $0.changes && distance(TextSpan(start: span.start, end: max(span.end, counted)), $0.term.start, $0.term.end) <= 2 * Self.predicateReach
            }
            for token in tokens where token.term == description.measure || token.term == description.predicate {
                description.grows = description.grows || token.grows
                description.changes = description.changes || token.changes
                // "99人重伤", "2人受轻伤": the event says which part of the injured they are.
                if token.term.role != .scope { description.scope += token.scopes }
            }
            var terms: [DescriptionTerm] = []
            for token in tokens where !token.isName && token.term != description.measure && token.term != description.predicate {
                let inClause = token.term.start >= clause.start && token.term.end <= clause.end
                let gap = Double(distance(span, token.term.start, token.term.end))
                var weight = token.term.weight / (1 + gap / 20)
                if !inClause { weight *= 0.2 }
                if inClause { description.scope += token.term.role == .scope ? [token.term.key] : token.scopes }
                for key in token.keys {
                    var term = token.term
                    term.key = key
                    term.weight = (weight * 100).rounded() / 100
                    terms.append(term)
                }
            }
            terms.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.start < $1.start }
            var seen: Set<String> = []
            description.terms = Array(terms.filter { seen.insert($0.key).inserted }.prefix(12))
            // A code is a name of its sentence, but not of itself (QV301 is no evidence for QV310).
            let named = tokens.filter { $0.isName && ($0.term.end <= span.start || $0.term.start >= span.end) }
            description.clauseNames = named.filter { clause.contains(TextSpan(start: $0.term.start, end: $0.term.end)) }.map(\.term.key)
            var names = named.map(\.term.key) + entities[index]
            if names.isEmpty { names = previousNames }
            var seenNames: Set<String> = []
            description.names = names.filter { seenNames.insert($0).inserted }
            for token in named where !token.forms.isEmpty { description.nameForms[token.term.key] = token.forms }
            // Attribution: "theo X", "据X" up to the clause's end; "X cho biết", "X称": the few
            // words of the clause before the mark.
            var sayers: [Token] = []
            if let mark = scan.attributionBefore.first {
                // An agency's full name may be long ("theo thông tin từ Trung tâm Mạng lưới Động đất
                // Trung Quốc"): the country at its end is part of who says it.
                let upTo = clauses.first { $0.contains(mark) }?.end ?? scan.stops.first { $0 >= mark.end } ?? sentence.end
                sayers = Array(tokens.filter { $0.term.start >= mark.end && $0.term.end <= min(upTo, mark.end + Self.attributionReach) }.prefix(8))
            } else if let mark = scan.attributionAfter.first(where: { $0.end <= span.start || $0.start >= span.end }) {
                // Not past a comma: in "killed 116 people in North Sumatra province, officials
                // said", the officials say it, and the province is where.
                let from = scan.stops.last { $0 < mark.start } ?? sentence.start
                sayers = Array(tokens.filter { token in
                    token.term.start >= from && token.term.end <= mark.start && mark.start - token.term.end <= 30 && token.term.role != .event
                }.suffix(4))
            }
            if !sayers.isEmpty {
                description.attributionKeys = sayers.flatMap(\.keys)
                description.attribution = sayers.map(\.term.text).joined(separator: " ")
                // Who says it is not what the figure is about: the sayer's names are no clause
                // names and no scope ("theo Bộ Ngoại giao Thái Lan", "the Laotian government's").
                let said = Set(sayers.map(\.term.start))
                let sayerKeys = Set(sayers.filter { $0.isName || $0.term.role == .scope }.map(\.term.key))
                description.clauseNames.removeAll { key in tokens.contains { said.contains($0.term.start) && $0.term.key == key } }
                description.scope.removeAll { sayerKeys.contains($0) }
            }
            // "rose to 10, while 1,099 people were injured": the rise is the first figure's.
            description.update = scan.updates.contains { mark in
                mark.end <= span.start && span.start - mark.end <= 12
                    && !claims.contains { $0.span.start >= mark.end && $0.span.end <= span.start }
            }
            // "再發生地震", "又有3人死亡", "another 5 people": a mark right before the event or the figure.
            let event = description.predicate.flatMap { p in p.role == .event ? p : nil }
            // A sentence that tells of another occurrence ("再發生地震,強度達到5.3級,震源深度31.2公里")
            // gives that occurrence's figures throughout.
            description.repeated = scan.repeats.contains { mark in
                (mark.end <= span.start && span.start - mark.end <= Self.repeatReach)
                    || event.map { mark.end <= $0.start && $0.start - mark.end <= Self.repeatReach } ?? false
                    || tokens.contains { $0.term.role == .event && mark.end <= $0.term.start && $0.term.start - mark.end <= 1 }
            } || tokens.contains { $0.another && ($0.term == description.predicate || $0.term == description.measure) }
            for (other, otherClaim) in claims.enumerated() where other != index {
                guard let number = otherClaim.value.number ?? otherClaim.value.low else { continue }
                description.coValues.append(CoValue(kind: otherClaim.kind, value: number, measure: measures[other]?.key,
                                                    display: otherClaim.value.display))
            }
            description.index()
            if let zone = Self.clockZone(of: claim, tokens: tokens, marks: scan.zoneMarks, language: language) {
                description.utcOffset = zone.minutes
                description.zone = zone.name
            }
            out.append(description)
        }
        return out
    }

    /// How far after "theo", "据", "according to" the name of who says a figure may reach.
    static let attributionReach = 60
    /// How far after what is counted its event may stand: "people were trapped", "nghi phạm khác đã chết".
    static let predicateReach = 8
    /// How far past a relative clause its noun's event may stand ("…, had been shot to death").
    static let relativeReach = 30
    /// How far apart two joined measures may stand ("passengers and crew", "乘客和机组人员").
    static let unionReach = 6
    /// How far from a figure a nationality may stand to say which part it counts ("có 2 người mang
    /// quốc tịch Thái Lan"), in scalars.
    static let nationalityReach = 16

    /// How far before a count its governing verb may stand, past stopwords ("killing all 49").
    static let objectReach = 6
    /// How far before an event or a figure a word saying "again" or "more" may stand.
    static let repeatReach = 4
    /// How far a verb of the sentence reaches the items of its list, in characters.
    static let listReach = 60

    /// What a value counts or measures: the first core measure right after it (a counted noun,
    /// a unit), else one just before it ("magnitude 6.1"), else, for a count, the first word
    /// after it.
    func measure(of claim: Claim, tokens: [Token], clause: TextSpan, values: [TextSpan] = [], joins: [TextSpan] = [],
                 agents: [TextSpan] = []) -> DescriptionTerm? {
        guard claim.kind != .date, claim.kind != .duration else { return nil }
        let span = claim.span
        // Not past another figure: "rose to 129 — with 352 others wounded" counts no others; nor
        // past an agent mark: in "两名男子被警方逮捕" the police arrested, the two are men.
        let after = tokens.filter { token in
            token.term.start >= span.end && token.term.start - span.end <= 12 && token.term.end <= clause.end
                && !values.contains { $0.start >= span.end && $0.end <= token.term.start }
                && !agents.contains { $0.start >= span.end && $0.end <= token.term.start }
        }
        let before = tokens.filter { $0.term.end <= span.start && span.start - $0.term.end <= 12 && $0.term.start >= clause.start }
        if let core = after.prefix(3).first(where: { $0.term.role == .measure }) {
            // "181 passengers and crew", "44 hành khách và thành viên phi hành đoàn": two measures
            // joined with no figure between count both, a group of its own.
            if let index = tokens.firstIndex(where: { $0.term == core.term }), index + 1 < tokens.count {
                let next = tokens[index + 1]
                // Joined by a word ("passengers and crew", "乘客和机组人员"), not two nouns side by
                // side, the second the first's modifier ("nghi can người Uighur": Uighur suspects),
                // nor two clauses ("7,7 độ Richter, ở độ sâu 10 km"; "7.7级，震源深度").
                let gap = next.term.start - core.term.end
                let joined = joins.contains { $0.start >= core.term.end && $0.end <= next.term.start && gap - ($0.end - $0.start) <= 2 }
                if next.term.role == .measure, !next.isUnit, !core.isUnit, next.term.key != core.term.key,
                   joined, gap <= Self.unionReach,
                   !values.contains(where: { $0.start >= core.term.end && $0.end <= next.term.start }) {
                    // The term keeps the first noun's exact text and offsets; its key names both.
                    var union = core.term
                    union.key = [core.term.key, next.term.key].sorted().joined(separator: "+")
                    return union
                }
            }
            // A unit after the value says its dimension; a measure just before it says what is
            // measured: "震源深度15公里", "at a depth of 10 km" are depths, not distances. So
            // does a measure right before a value whose own noun stands further on ("規模6.4地震，
            // 震源深度…" is a magnitude).
            // A word that says little after the value ("7,7 độ": degrees) yields to the measure
            // its clause names before it ("cường độ động đất lên tới 7,7 độ": magnitude).
            if core.generic, core.isUnit, let named = tokens.last(where: { token in
                token.term.role == .measure && !token.generic && !token.isUnit && token.term.end <= span.start && token.term.start >= clause.start
            }) {
                return named.term
            }
            // Modifiers between the figure and its noun keep them together: "17名老挝人" counts
            // people (Lao), whatever noun stands before ("这架客机上有17名老挝人").
            let adjacent = core.term.start - span.end <= 2 || (core.term.start - span.end <= 6 && !tokens.contains { token in
                token.term.start >= span.end && token.term.end <= core.term.start
                    && (token.term.role == .event || token.term.role == .measure || token.isName || token.term.key.hasPrefix("zh:"))
            })
            // Only with nothing between it and the value: in "Đoàn xe đi 60 km" the vehicles go
            // 60 km, and the unit says what is measured.
            if claim.kind == .number || core.isUnit || !adjacent,
               let named = before.last(where: { $0.term.role == .measure && span.start - $0.term.end <= 6 }),
               named.term.key != core.term.key,
               !tokens.contains(where: { $0.term.start >= named.term.end && $0.term.end <= span.start }) {
                return named.term
            }
            return core.term
        }
        // The word right after a count is what it counts ("9 bậc": places), even where a
        // measure word stands before it.
        if claim.kind == .count || claim.kind == .number, let first = after.first, first.term.role == nil, !first.isName,
           first.term.start - span.end <= 4 {
            return first.term
        }
        if let core = before.last(where: { $0.term.role == .measure }) { return core.term }
        return nil
    }
}

extension DescriptionReader {
    /// The keys of every term of a document's sentences, in order: what the reader makes of a
    /// text, for tests and for people checking a lexicon.
    public func keys(in document: Document) -> [String] {
        let language = lexicon.language(document.language)
        return document.sentences.flatMap { sentence in
            scan(sentence, scalars: document.scalars, language: language, values: []).tokens.flatMap(\.keys)
        }
    }
}
