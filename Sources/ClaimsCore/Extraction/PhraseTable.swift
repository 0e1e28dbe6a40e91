import Foundation

/// The matching engine behind `PhraseTable`: immutable, free of generics and held by reference,
/// so that it is compiled once, here, runs at full speed when a module outside ClaimsCore calls
/// it, and costs one retain to pass around. Phrases are stored case folded, indexed by their
/// first and by their last scalar, longest first; a bitmap rejects most positions before any
/// map is touched.
public final class PhraseIndex: Sendable {
    /// What an index is made from; `PhraseTable.insert` adds to it and freezes a new index.
    struct Builder: Sendable {
        var phrases: [[Unicode.Scalar]] = []
        var firstMap = ScalarMap()
        var lastMap = ScalarMap()
        var buckets: [[Int]] = []
        var firsts = ScalarSet()
        var lasts = ScalarSet()
        var firstKeys: [Unicode.Scalar] = []
        var lastKeys: [Unicode.Scalar] = []

        /// Adds a phrase as entry `id`.
        mutating func add(_ phrase: String, id: Int) {
            let scalars = phrase.unicodeScalars.map(PhraseIndex.fold)
            guard let first = scalars.first, let last = scalars.last else { return }
            while phrases.count <= id { phrases.append([]) }
            phrases[id] = scalars
            firstMap = appending(id, to: firstMap, key: first)
            lastMap = appending(id, to: lastMap, key: last)
            if !firsts.contains(first) { firstKeys.append(first) }
            if !lasts.contains(last) { lastKeys.append(last) }
            firsts.insert(first)
            lasts.insert(last)
        }

        private mutating func appending(_ id: Int, to original: ScalarMap, key: Unicode.Scalar) -> ScalarMap {
            var map = original
            let bucket: Int
            if let existing = map.value(for: key.value) {
                bucket = existing
            } else {
                bucket = buckets.count
                buckets.append([])
                map.set(key.value, bucket)
            }
            buckets[bucket].append(id)
            return map
        }
    }

    /// Every phrase's folded scalars end to end, phrase `id` at `starts[id]..<starts[id + 1]`:
    /// flat, so a match reads them without retaining an array per phrase (a count two threads
    /// would fight over).
    private let scalars: [Unicode.Scalar]
    private let starts: [Int]
    private let firstMap: ScalarMap
    private let lastMap: ScalarMap
    /// Each first-scalar bucket's phrases by their second scalar, and each last-scalar bucket's
    /// by the scalar before their last: a position is compared only with phrases that share
    /// two of its scalars.
    private let byFirst: NeighbourBuckets
    private let byLast: NeighbourBuckets
    private let firsts: ScalarSet
    private let lasts: ScalarSet
    public let firstScalars: [Unicode.Scalar]
    /// Kept to add phrases later: `PhraseTable.insert` extends it and freezes a new index.
    let builder: Builder

    init(_ builder: Builder) {
        self.builder = builder
        var scalars: [Unicode.Scalar] = []
        var starts = [0]
        for phrase in builder.phrases {
            scalars += phrase
            starts.append(scalars.count)
        }
        self.scalars = scalars
        self.starts = starts
        firstMap = builder.firstMap
        lastMap = builder.lastMap
        let phrases = builder.phrases
        byFirst = NeighbourBuckets(builder.firstKeys.compactMap { builder.firstMap.value(for: $0.value) }, of: builder.buckets,
                                   phrases: phrases, neighbour: 1)
        byLast = NeighbourBuckets(builder.lastKeys.compactMap { builder.lastMap.value(for: $0.value) }, of: builder.buckets,
                                  phrases: phrases, neighbour: -1)
        firsts = builder.firsts
        lasts = builder.lasts
        firstScalars = builder.firstKeys
    }

    /// Lower-cases ASCII cheaply and everything else through Unicode's mapping.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar { ScalarClass.fold(s) }

    @inline(__always)
    public func mayStart(with s: Unicode.Scalar) -> Bool { firsts.contains(PhraseIndex.fold(s)) }

    /// The longest phrase starting at `index`: its entry id and where it ends.
    public func match(at index: Int, in text: [Unicode.Scalar]) -> (id: Int, end: Int)? {
        guard index < text.count else { return nil }
        let head = PhraseIndex.fold(text[index])
        guard firsts.contains(head), let bucket = firstMap.value(for: head.value) else { return nil }
        let next = index + 1 < text.count ? PhraseIndex.fold(text[index + 1]).value : nil
        for slot in byFirst.candidates(bucket, next) {
            let id = byFirst[slot]
            let (from, to) = (starts[id], starts[id + 1])
            let count = to - from
            let end = index + count
            guard count > 0, end <= text.count else { continue }
            var k = 1
            while k < count, PhraseIndex.fold(text[index + k]) == scalars[from + k] { k += 1 }
            guard k == count else { continue }
            if ScalarClass.isLetter(scalars[to - 1]), end < text.count, ScalarClass.isLetter(text[end]) { continue }
            if ScalarClass.isLetter(scalars[from]), index > 0, ScalarClass.isLetter(text[index - 1]) { continue }
            return (id, end)
        }
        return nil
    }

    /// The longest phrase ending at `end` (exclusive): its entry id and where it starts.
    public func match(endingAt end: Int, in text: [Unicode.Scalar]) -> (id: Int, start: Int)? {
        guard end > 0, end <= text.count else { return nil }
        let tail = PhraseIndex.fold(text[end - 1])
        guard lasts.contains(tail), let bucket = lastMap.value(for: tail.value) else { return nil }
        let before = end >= 2 ? PhraseIndex.fold(text[end - 2]).value : nil
        for slot in byLast.candidates(bucket, before) {
            let id = byLast[slot]
            let (from, to) = (starts[id], starts[id + 1])
            let count = to - from
            let start = end - count
            guard count > 0, start >= 0 else { continue }
            var k = 0
            while k < count, PhraseIndex.fold(text[start + k]) == scalars[from + k] { k += 1 }
            guard k == count else { continue }
            if ScalarClass.isLetter(scalars[from]), start > 0, ScalarClass.isLetter(text[start - 1]) { continue }
            if ScalarClass.isLetter(scalars[to - 1]), end < text.count, ScalarClass.isLetter(text[end]) { continue }
            return (id, start)
        }
        return nil
    }
}

/// The phrase ids of buckets of one scalar (a phrase's first, or its last), split by the scalar
/// beside it (the second, or the one before the last): the phrases a position can match are
/// those that share both, longest first, then the one-scalar phrases of the bucket. The order
/// within each is the bucket's, longest first and, among phrases of one length, as added; so the
/// first that matches is the one the whole bucket, tried longest first, would give.
struct NeighbourBuckets: Sendable {
    /// For each bucket: its parts at `partStarts[b]..<partStarts[b + 1]`, keyed by the
    /// neighbouring scalar, sorted, each followed by the bucket's one-scalar phrases (so that
    /// one range of `ids` holds all to try); and the one-scalar phrases alone at `singles[b]`.
    private var partStarts: [Int]
    private var partKeys: [UInt32] = []
    private var partIDs: [Range<Int>] = []
    private var singles: [Range<Int>]
    private var ids: [Int] = []

    /// `buckets` are the ones to split (of `all`, whose other buckets stay empty here).
    init(_ buckets: [Int], of all: [[Int]], phrases: [[Unicode.Scalar]], neighbour: Int) {
        partStarts = [Int](repeating: 0, count: all.count + 1)
        singles = [Range<Int>](repeating: 0..<0, count: all.count)
        var split = [Bool](repeating: false, count: all.count)
        for bucket in buckets { split[bucket] = true }
        for bucket in all.indices {
            defer { partStarts[bucket + 1] = partKeys.count }
            guard split[bucket] else { continue }
            let members = all[bucket]
            // The neighbouring scalar of each phrase; one-scalar phrases sort last.
            let keys = members.map { id -> UInt32 in
                let phrase = phrases[id]
                return phrase.count < 2 ? UInt32.max : (neighbour > 0 ? phrase[1] : phrase[phrase.count - 2]).value
            }
            // By that scalar, then longest first, then in the order added.
            let order = members.indices.sorted { x, y in
                if keys[x] != keys[y] { return keys[x] < keys[y] }
                let (lx, ly) = (phrases[members[x]].count, phrases[members[y]].count)
                return lx != ly ? lx > ly : x < y
            }
            let one = order.filter { keys[$0] == UInt32.max }.map { members[$0] }
            var start = 0
            while start < order.count, keys[order[start]] != UInt32.max {
                var end = start + 1
                while end < order.count, keys[order[end]] == keys[order[start]] { end += 1 }
                let first = ids.count
                for slot in start..<end { ids.append(members[order[slot]]) }
                ids += one
                partKeys.append(keys[order[start]])
                partIDs.append(first..<ids.count)
                start = end
            }
            let first = ids.count
            ids += one
            singles[bucket] = first..<ids.count
        }
    }

    /// Where in `ids` the phrases to try in `bucket` are, when the scalar beside the indexed
    /// one is `neighbour` (nil at the text's edge): the part of that scalar with the one-scalar
    /// phrases after it, or those alone.
    @inline(__always)
    func candidates(_ bucket: Int, _ neighbour: UInt32?) -> Range<Int> {
        guard let neighbour else { return singles[bucket] }
        var low = partStarts[bucket], high = partStarts[bucket + 1]
        while low < high {
            let middle = (low + high) / 2
            if partKeys[middle] < neighbour { low = middle + 1 } else { high = middle }
        }
        return low < partStarts[bucket + 1] && partKeys[low] == neighbour ? partIDs[low] : singles[bucket]
    }

    /// The phrase id at a place of a range `candidates` gave.
    @inline(__always)
    subscript(slot: Int) -> Int { ids[slot] }
}

/// Phrases of a lexicon (currency names, scale words, hedges) with a value each, matched at a
/// position in a document's scalars. Matching ignores case; phrases ending in letters of an
/// alphabetic script must stand as whole words, Han phrases need no boundary. The wrapper is
/// inlinable so callers in other modules get it specialised; the work is in `PhraseIndex`.
public struct PhraseTable<Value: Sendable>: Sendable {
    @usableFromInline var index = PhraseIndex(PhraseIndex.Builder())
    @usableFromInline var values: [Value] = []

    /// The phrases as inserted (composed form).
    public private(set) var phrases: [String] = []

    public init() {}

    public init(_ pairs: [(String, Value)]) {
        insert(contentsOf: pairs)
    }

    /// Adds many phrases at once, freezing the index once rather than after each phrase.
    public mutating func insert(contentsOf pairs: [(String, Value)]) {
        // The lexicon loaders add each file's list, often empty: nothing to freeze again.
        guard !pairs.isEmpty else { return }
        var builder = index.builder
        for (phrase, value) in pairs {
            let forms = phrase.canonicalForms
            phrases.append(forms[0])
            for form in forms where !form.isEmpty {
                builder.add(form, id: values.count)
                values.append(value)
            }
        }
        index = PhraseIndex(builder)
    }

    /// Adds a phrase in both its composed and decomposed forms, so that Vietnamese written
    /// with combining accents matches too.
    public mutating func insert(_ phrase: String, _ value: Value) {
        insert(contentsOf: [(phrase, value)])
    }

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }

    /// The (case-folded) scalars phrases start with.
    public var firstScalars: [Unicode.Scalar] { index.firstScalars }

    /// Lower-cases ASCII cheaply and everything else through Unicode's mapping.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar { PhraseIndex.fold(s) }

    /// Can a phrase start with this scalar? A cheap test before `match`.
    @inlinable
    public func mayStart(with s: Unicode.Scalar) -> Bool { index.mayStart(with: s) }

    /// The longest phrase starting at `position`, and where it ends.
    @inlinable
    public func match(at position: Int, in text: [Unicode.Scalar]) -> (value: Value, end: Int)? {
        guard let found = index.match(at: position, in: text) else { return nil }
        return (values[found.id], found.end)
    }

    /// The longest phrase starting at `position` or after up to two spaces there, its Han
    /// characters maybe spaced apart as Chinese numerals sometimes are (五 分之 一, 三分  之一,
    /// 七成 六), and where it ends. Only spaces between Han characters are skipped.
    public func match(spacedAt position: Int, in text: [Unicode.Scalar]) -> (value: Value, end: Int)? {
        var k = position
        while k < text.count, k - position < 2, text[k] == " " || text[k] == "\u{3000}" { k += 1 }
        guard k < text.count, k == position || ScalarClass.isHan(text[k]) else { return nil }
        if let plain = match(at: k, in: text) { return plain }
        guard ScalarClass.isHan(text[k]) else { return nil }
        // The next Han characters with the spaces between them left out, and where each was.
        var compact: [Unicode.Scalar] = []
        var places: [Int] = []
        var j = k
        while j < text.count, compact.count < 6, ScalarClass.isHan(text[j]) {
            compact.append(text[j])
            places.append(j)
            var n = j + 1
            while n < text.count, n - j <= 2, text[n] == " " || text[n] == "\u{3000}" { n += 1 }
            guard n < text.count, ScalarClass.isHan(text[n]) else { break }
            j = n
        }
        guard compact.count > 1, let found = match(at: 0, in: compact) else { return nil }
        return (found.value, places[found.end - 1] + 1)
    }

    /// The longest phrase ending at `end` (exclusive), and where it starts.
    @inlinable
    public func match(endingAt end: Int, in text: [Unicode.Scalar]) -> (value: Value, start: Int)? {
        guard let found = index.match(endingAt: end, in: text) else { return nil }
        return (values[found.id], found.start)
    }
}
