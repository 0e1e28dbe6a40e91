import Foundation

/// Encodes a `LedgerRecord` as its row: each field a column named by its coding key, as text, an
/// integer or a double. A field of any other shape (a list, a nested record) is an error, never
/// flattened; a field left out (a nil optional) is stored as NULL.
struct LedgerRowEncoder: Encoder {
    final class Cells {
        var values: [String: LedgerValue] = [:]
    }

    let cells = Cells()
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The record's values in the order of its columns.
    static func values<Record: LedgerRecord>(of record: Record) throws -> [LedgerValue] {
        let encoder = LedgerRowEncoder()
        try record.encode(to: encoder)
        return Record.Columns.allCases.map { encoder.cells.values[$0.stringValue] ?? .null }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Columns<Key>(cells: cells, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { Refusal<NoKey>(codingPath: codingPath) }
    func singleValueContainer() -> any SingleValueEncodingContainer { Refusal<NoKey>(codingPath: codingPath) }

    struct Columns<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let cells: Cells
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { cells.values[key.stringValue] = .null }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let cell = Cell(codingPath: codingPath + [key])
            try value.encode(to: cell)
            guard let stored = cell.box.value else {
                throw EncodingError.invalidValue(value, .init(codingPath: codingPath + [key], debugDescription: "a column holds one value"))
            }
            cells.values[key.stringValue] = stored
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Refusal(codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { Refusal<NoKey>(codingPath: codingPath + [key]) }
        mutating func superEncoder() -> any Encoder { Cell(codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { Cell(codingPath: codingPath + [key]) }
    }

    /// One column's value: a string, an integer, a double or nil (an enum encodes its raw value).
    struct Cell: Encoder, SingleValueEncodingContainer {
        final class Box {
            var value: LedgerValue?
        }

        let box = Box()
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Refusal(codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer { Refusal<NoKey>(codingPath: codingPath) }
        func singleValueContainer() -> any SingleValueEncodingContainer { self }

        mutating func encodeNil() throws { box.value = .null }
        mutating func encode(_ value: String) throws { box.value = .text(value) }
        mutating func encode(_ value: Double) throws { box.value = .double(value) }
        mutating func encode(_ value: Float) throws { box.value = .double(Double(value)) }
        mutating func encode(_ value: Bool) throws { box.value = .int(value ? 1 : 0) }
        mutating func encode(_ value: Int) throws { box.value = .int(Int64(value)) }
        mutating func encode(_ value: Int8) throws { box.value = .int(Int64(value)) }
        mutating func encode(_ value: Int16) throws { box.value = .int(Int64(value)) }
        mutating func encode(_ value: Int32) throws { box.value = .int(Int64(value)) }
        mutating func encode(_ value: Int64) throws { box.value = .int(value) }
        mutating func encode(_ value: UInt8) throws { box.value = .int(Int64(value)) }
        mutating func encode(_ value: UInt16) throws { box.value = .int(Int64(value)) }
        mutating func encode(_ value: UInt32) throws { box.value = .int(Int64(value)) }

        mutating func encode(_ value: UInt) throws { box.value = .int(try Self.exact(value, codingPath)) }
        mutating func encode(_ value: UInt64) throws { box.value = .int(try Self.exact(value, codingPath)) }

        static func exact<T: BinaryInteger>(_ value: T, _ path: [any CodingKey]) throws -> Int64 {
            guard let number = Int64(exactly: value) else {
                throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "beyond a 64-bit integer"))
            }
            return number
        }

        mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: self) }
    }

    /// The key of a container that has none.
    struct NoKey: CodingKey {
        var stringValue: String { "" }
        var intValue: Int? { nil }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { nil }
    }

    /// A container for a shape a column cannot hold: its first use is an error.
    struct Refusal<Key: CodingKey>: KeyedEncodingContainerProtocol, UnkeyedEncodingContainer, SingleValueEncodingContainer {
        let codingPath: [any CodingKey]
        var count: Int { 0 }

        init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

        func refuse() -> EncodingError {
            .invalidValue((), .init(codingPath: codingPath, debugDescription: "a column holds one value, not a list or a record"))
        }

        mutating func encodeNil(forKey key: Key) throws { throw refuse() }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { throw refuse() }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Refusal<NestedKey>(codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { self }
        mutating func superEncoder(forKey key: Key) -> any Encoder { Cell(codingPath: codingPath) }
        mutating func encodeNil() throws { throw refuse() }
        mutating func encode<T: Encodable>(_ value: T) throws { throw refuse() }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Refusal<NestedKey>(codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
        mutating func superEncoder() -> any Encoder { Cell(codingPath: codingPath) }
    }
}
