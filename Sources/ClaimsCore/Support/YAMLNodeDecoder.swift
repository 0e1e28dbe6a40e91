import Foundation
import Yams

/// Decodes a YAML node tree that Yams composed, and says which mapping keys nothing read.
///
/// Yams' own decoder finds a key by searching its mapping's pairs and comparing nodes whose tags
/// are resolved by regular expressions on every comparison, so a mapping of a thousand entries
/// (a script table, a currency list) costs a million regular-expression matches to decode. Here a
/// mapping's keys are put in a dictionary once. Scalars are still converted by Yams
/// (`ScalarConstructible`), so a value reads exactly as Yams reads it.
///
/// Keys that no decoded type asked for are returned as paths (`dates.ago_befor`), so that a
/// misspelt key is an error rather than a word silently left unread. A key whose value is null
/// is not counted: it says nothing.
public enum YAMLNodeDecoder {
    public static func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> (value: T, unread: [String]) {
        let reads = Reads()
        let value = try NodeDecoding(node: node, codingPath: [], path: "", reads: reads).decodeValue(T.self)
        return (value, reads.unread())
    }

    /// A YAML text decoded strictly: an empty document decodes as an empty mapping.
    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> (value: T, unread: [String]) {
        try decode(type, from: try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([])))
    }

    /// A lexicon file decoded strictly: a key nothing read, or text that does not decode as
    /// `type`, is one error naming the file (`source`) and the key or the problem.
    public static func decodeLexicon<T: Decodable>(_ type: T.Type, from text: String, source: String, what: String) throws(SourceError) -> T {
        let decoded: (value: T, unread: [String])
        do {
            decoded = try decode(type, from: text)
        } catch {
            throw SourceError(source: source, problem: "not a valid \(what): \(ValueLexicons.describe(error))")
        }
        if let key = decoded.unread.first { throw SourceError(source: source, problem: "\(key): unknown key") }
        return decoded.value
    }

    /// The keys each mapping holds and those that were read, by the mapping's path.
    final class Reads {
        struct Entry {
            var keys: [(key: String, null: Bool)]
            var read: Set<String> = []
        }
        var entries: [String: Entry] = [:]
        var order: [String] = []

        func register(_ path: String, keys: @autoclosure () -> [(key: String, null: Bool)]) {
            guard entries[path] == nil else { return }
            entries[path] = Entry(keys: keys())
            order.append(path)
        }

        func read(_ key: String, at path: String) { entries[path]?.read.insert(key) }

        func unread() -> [String] {
            var out: [String] = []
            for path in order {
                guard let entry = entries[path] else { continue }
                for (key, null) in entry.keys where !null && !entry.read.contains(key) {
                    out.append(path.isEmpty ? key : path + "." + key)
                }
            }
            return out.sorted()
        }
    }
}

/// A key of a decoded YAML path.
struct NodeCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

struct NodeDecoding: Decoder {
    let node: Node
    let codingPath: [any CodingKey]
    /// The dotted path of this node (`dates.seasons`, `currencies[3]`), as unread keys are named.
    let path: String
    let reads: YAMLNodeDecoder.Reads
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func child(_ node: Node, key: any CodingKey, path: String) -> NodeDecoding {
        NodeDecoding(node: node, codingPath: codingPath + [key], path: path, reads: reads)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else { throw mismatch([String: String].self, "a mapping") }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, mapping: mapping))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else { throw mismatch([String].self, "a list") }
        return NodeUnkeyedContainer(decoder: self, items: Array(sequence))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { NodeSingleValue(decoder: self) }

    var isNull: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return NSNull.construct(from: scalar) != nil
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if let constructible = type as? any ScalarConstructible.Type {
            guard case .scalar(let scalar) = node else { throw mismatch(type, "a single value") }
            guard let value = constructible.construct(from: scalar) as? T else { throw mismatch(type, "\"\(scalar.string)\"") }
            return value
        }
        return try T(from: self)
    }

    func mismatch(_ type: Any.Type, _ wanted: String) -> DecodingError {
        let line = node.mark.map { " (line \($0.line))" } ?? ""
        return DecodingError.typeMismatch(type, DecodingError.Context(
            codingPath: codingPath, debugDescription: "\(path.isEmpty ? "the file" : path)\(line): expected \(type), found \(describe(node)) instead of \(wanted)"))
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "\"\(scalar.string)\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoding
    let values: [String: Node]
    let allKeys: [Key]
    var codingPath: [any CodingKey] { decoder.codingPath }

    init(decoder: NodeDecoding, mapping: Node.Mapping) {
        self.decoder = decoder
        var values: [String: Node] = [:]
        var keys: [Key] = []
        var listed: [(key: String, null: Bool)] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? String(describing: keyNode)
            guard values[key] == nil else { continue }
            values[key] = value
            if let codingKey = Key(stringValue: key) { keys.append(codingKey) }
            let null: Bool
            if case .scalar(let scalar) = value { null = NSNull.construct(from: scalar) != nil } else { null = false }
            listed.append((key, null))
        }
        self.values = values
        self.allKeys = keys
        decoder.reads.register(decoder.path, keys: listed)
    }

    func contains(_ key: Key) -> Bool {
        decoder.reads.read(key.stringValue, at: decoder.path)
        return values[key.stringValue] != nil
    }

    private func child(_ key: Key) throws -> NodeDecoding {
        decoder.reads.read(key.stringValue, at: decoder.path)
        guard let node = values[key.stringValue] else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "\(decoder.path.isEmpty ? "the file" : decoder.path) has no key \"\(key.stringValue)\""))
        }
        let path = decoder.path.isEmpty ? key.stringValue : decoder.path + "." + key.stringValue
        return decoder.child(node, key: key, path: path)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decodeValue(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try child(key).unkeyedContainer() }

    func superDecoder() throws -> any Decoder { decoder }

    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoding
    let items: [Node]
    var currentIndex = 0
    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(decoder: NodeDecoding, items: [Node]) {
        self.decoder = decoder
        self.items = items
    }

    private mutating func next() throws -> NodeDecoding {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "\(decoder.path) has no more items"))
        }
        let index = currentIndex
        currentIndex += 1
        return decoder.child(items[index], key: NodeCodingKey(intValue: index), path: "\(decoder.path)[\(index)]")
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        let null = decoder.child(items[currentIndex], key: NodeCodingKey(intValue: currentIndex), path: decoder.path).isNull
        if null { currentIndex += 1 }
        return null
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

    mutating func superDecoder() throws -> any Decoder { try next() }
}

struct NodeSingleValue: SingleValueDecodingContainer {
    let decoder: NodeDecoding
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.isNull }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
}
