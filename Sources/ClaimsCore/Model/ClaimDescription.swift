/// A word or phrase of a value's sentence, as the description reader read it: the concept it
/// maps to (`key`, language-neutral where a dictionary knows the word), the text as written and
/// its code-point offsets in the source.
public struct DescriptionTerm: Hashable, Codable, Sendable {
    public var key: String
    public var text: String
    public var start: Int
    public var end: Int
    /// The core concept's role (measure, event, scope, place, time), when the core knows it.
    public var role: ConceptRole?
    /// How much the term says about the value: nearer terms weigh more.
    public var weight: Double

    public init(key: String, text: String, start: Int, end: Int, role: ConceptRole? = nil, weight: Double = 1) {
        self.key = key
        self.text = text
        self.start = start
        self.end = end
        self.role = role
        self.weight = weight
    }
}

/// Another value of the same sentence, kept to tie sentences together: "39 passengers and 5
/// crew" and "39名乘客及5名机组人员" share the 5 crew.
public struct CoValue: Hashable, Codable, Sendable {
    public var kind: MentionKind
    public var value: Double
    public var measure: String?
    public var display: String
}

/// An open description of what a value measures, read from its own sentence with no closed list
/// of attributes: the counted noun or unit, the predicate nearest it, the other words of its
/// clause, the names in its sentence, and its qualifiers (scope, attribution, update, hedge).
public struct ClaimDescription: Hashable, Codable, Sendable {
    /// What the value counts or measures (passengers, bodies, km).
    public var measure: DescriptionTerm?
    /// What happened (killed, found, took off), nearest the value in its clause.
    public var predicate: DescriptionTerm?
    /// The other words of the clause, and a few of the sentence, weightiest first.
    public var terms: [DescriptionTerm]
    /// Names in the sentence (Bataclan, QV301, Pakse) and lexicon entities, as keys.
    public var names: [String]
    /// Other spellings of its names, by name: a Vietnamese name in Sino-Vietnamese readings as
    /// pinyin ("kim thủy": ["jinshui", "jinshi"]), so that it meets the same name in English.
    public var nameForms: [String: [String]] = [:]
    /// For a date, the events its clause tells of: a phrase of time standing first dates every
    /// event of the sentence after it ("當地時間…9時07分，…降落過程中沖出跑道，…碰撞后起火").
    public var clauseEvents: [String] = []
    /// The names of the value's own clause: two clauses naming different places or bodies
    /// ("12 dead at Le Carillon", "19 dead at La Belle Equipe") speak of different facts.
    public var clauseNames: [String] = []
    /// Who or what the figure is restricted to (foreign, critically), as concept keys.
    public var scope: [String]
    /// Who says it, as written ("theo Bộ Ngoại giao Thái Lan", "据新华社").
    public var attribution: String?
    public var attributionKeys: [String]
    /// The sentence says the figure rose to this value: a later report of a running total.
    public var update: Bool
    /// A running total that may rise between reports.
    public var grows: Bool
    /// The sentence tells of another occurrence or an increment: "再發生地震" (another
    /// earthquake), "又有3人死亡" (three more died), "lại xảy ra", "killed another 5". Its figures
    /// and dates are not those of the first occurrence or the total.
    public var repeated = false
    /// A current count that rises and falls between reports (trapped, missing).
    public var changes = false
    /// The measure is a noun that counts anyone ("người", "人", "people"): it does not say
    /// which part of a larger count a figure is.
    public var genericMeasure = false
    /// The predicate says only that something happened ("xảy ra", "发生").
    public var genericPredicate = false
    /// The measure of those the predicate happens to, by what it says ("bị bắt", arrested:
    /// suspect), from the concept lexicon's `undergoer`.
    public var undergoer: String?
    /// The unit the value is written in, as its concept (distance, speed) and the factor to that
    /// concept's base unit (km, km/h): "5 miles" has 1.609344, so figures in different units compare.
    public var unit: String?
    public var scale: Double?
    /// What to add after `scale` to reach the base unit, for a scale that starts elsewhere (°F).
    public var offset: Double?
    public var coValues: [CoValue]
    /// For a time of day, the zone it is written in, as minutes east of UTC on its day, when the
    /// text says: an offset (北京时间, GMT+7), a country's time (台灣時間, giờ Việt Nam) or local
    /// time (giờ địa phương) with the country the sentence names; `zone` says which
    /// ("+08:00", "Asia/Taipei (taiwan)").
    public var utcOffset: Int?
    public var zone: String?
    /// Every key the description knows (names, the single words of multi-word names, terms),
    /// kept once when it is read so that a pair scorer does not build it per pair; not encoded.
    public var known: Set<String> = []
    /// `known` as a sketch, and the bit of each term's and each name's key: set by `index()`,
    /// empty for a description made elsewhere (then every key is looked up).
    public var knownSketch = KeySketch()
    public var termBits: [UInt8] = []
    public var nameBits: [UInt8] = []

    /// `known`, or built now for a description made elsewhere.
    public var knownKeys: Set<String> { known.isEmpty ? Self.knownKeys(names: names, terms: terms) : known }

    /// Keeps `known`, its sketch and the keys' bits, once the terms and names are final.
    public mutating func index() {
        known = Self.knownKeys(names: names, terms: terms)
        var sketch = KeySketch()
        termBits = terms.map { term in
            let bit = KeySketch.bit(term.key)
            sketch.insert(bit)
            return bit
        }
        nameBits = names.map { name in
            let bit = KeySketch.bit(name)
            sketch.insert(bit)
            return bit
        }
        // The single words of multi-word names, which `known` holds too.
        for name in names where name.contains(" ") { for word in name.split(separator: " ") { sketch.insert(KeySketch.bit(String(word))) } }
        knownSketch = sketch
    }

    /// Whether `key`, the key of term `index` of `other`, may be known here (false: surely not).
    @inline(__always)
    public func mayKnow(termBit bits: [UInt8], _ index: Int) -> Bool {
        index >= bits.count || known.isEmpty || knownSketch.mayContain(bits[index])
    }

    /// Names, the single words of multi-word names ("mekong river": mekong, river) and term keys.
    public static func knownKeys(names: [String], terms: [DescriptionTerm]) -> Set<String> {
        var keys = Set(names)
        for term in terms { keys.insert(term.key) }
        for name in names where name.contains(" ") { for word in name.split(separator: " ") { keys.insert(String(word)) } }
        return keys
    }

    public init(measure: DescriptionTerm? = nil, predicate: DescriptionTerm? = nil, terms: [DescriptionTerm] = [],
                names: [String] = [], scope: [String] = [], attribution: String? = nil, attributionKeys: [String] = [],
                update: Bool = false, grows: Bool = false, coValues: [CoValue] = []) {
        self.measure = measure
        self.predicate = predicate
        self.terms = terms
        self.names = names
        self.scope = scope
        self.attribution = attribution
        self.attributionKeys = attributionKeys
        self.update = update
        self.grows = grows
        self.coValues = coValues
    }

    enum CodingKeys: String, CodingKey {
        case measure, predicate, terms, names, scope, attribution, update, grows, changes, unit, scale, offset, repeated
        case attributionKeys = "attribution_keys"
        case clauseNames = "clause_names"
        case coValues = "co_values"
        case utcOffset = "utc_offset"
        case zone
    }

    /// Whether this measure and another count the same people although their keys differ: two
    /// measures joined into one group ("181 passengers and crew") count everyone a generic
    /// noun counts ("181 người trên máy bay").
    public func unionMeetsGeneric(_ other: ClaimDescription) -> Bool {
        guard other.genericMeasure || genericMeasure, let m = measure?.key, let n = other.measure?.key, m != n else { return false }
        return (other.genericMeasure && m.contains("+")) || (genericMeasure && n.contains("+"))
    }

    /// Whether a count of anyone ("5 người bị bắt") counts what the other's measure names
    /// because its predicate says who it happens to ("5 nghi phạm": those arrested are suspects).
    public func undergoerMeets(_ other: ClaimDescription) -> Bool {
        guard let m = measure?.key, let n = other.measure?.key, m != n else { return false }
        return (genericMeasure && undergoer == n) || (other.genericMeasure && other.undergoer == m)
    }

    /// Whether two different measures count the same people: a union and a generic noun, or a
    /// generic noun whose predicate names the other measure.
    public func measuresMeet(_ other: ClaimDescription) -> Bool {
        unionMeetsGeneric(other) || undergoerMeets(other)
    }

    /// Every key with its weight, the measure and predicate weighing most.
    public var weightedKeys: [String: Double] {
        var keys: [String: Double] = [:]
        for term in terms { keys[term.key] = max(keys[term.key] ?? 0, term.weight) }
        if let predicate { keys[predicate.key] = max(keys[predicate.key] ?? 0, 1.5) }
        if let measure { keys[measure.key] = max(keys[measure.key] ?? 0, 2) }
        return keys
    }
}

extension Claim {
    /// What a date is to its sentence by the word beside it: a reference point ("since 1999",
    /// "kể từ", "以来"), a time stamp ("as of Friday", "tính đến", "截至"), the base of a
    /// comparison ("compared with 2019", "so với cùng kỳ năm trước", "与2019年相比"), or nil, an
    /// event's date.
    public var dateRelation: String? {
        // Near the date first, the cheap test; then the key, compared rather than hashed (this
        // runs for every pair of dates the aligner scores).
        reading?.terms.first { term in
            let before = term.end <= span.start
            guard before ? span.start - term.end <= 8 : term.start - span.end <= 4, Self.dateRelations.contains(where: { $0 == term.key }) else {
                return false
            }
            // A comparison's base follows its word in Latin script ("the third quarter compared
            // with 2019": 2019 is the base) and comes before it in Chinese (与2019年相比).
            return term.key != "compared with" || before || term.text.unicodeScalars.first.map(ScalarClass.isHan) == true
        }?.key
    }

    /// The concepts that make a date a reference point, a time stamp or a comparison's base.
    public static let dateRelations = ["since", "as of", "compared with"]
}
