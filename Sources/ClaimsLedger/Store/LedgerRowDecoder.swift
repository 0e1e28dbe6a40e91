import Foundation

/// Decodes a `LedgerRecord` from a row of either backend, by its coding keys: a missing column,
/// a null in a non-optional field or a value of another kind is a `DecodingError`, never a default.
struct LedgerRowDecoder: Decoder {
    let row: LedgerRow
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Columns<Key>(row: row, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "a row is not a list"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "a row is not one value"))
    }

    struct Columns<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let row: LedgerRow
        let codingPath: [any CodingKey]
        var allKeys: [Key] { row.values.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { row.values[key.stringValue.lowercased()] != nil }

        func decodeNil(forKey key: Key) throws -> Bool { row[key.stringValue] == .null }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard let value = row.values[key.stringValue.lowercased()] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no column \(key.stringValue)"))
            }
            return try T(from: Cell(value: value, codingPath: codingPath + [key]))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            throw DecodingError.typeMismatch(type, .init(codingPath: codingPath + [key], debugDescription: "a column holds one value"))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath + [key], debugDescription: "a column holds one value"))
        }

        func superDecoder() throws -> any Decoder { LedgerRowDecoder(row: row, codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder { LedgerRowDecoder(row: row, codingPath: codingPath + [key]) }
    }

    /// One column's value: text, an integer or a double, as its field's type reads it.
    struct Cell: Decoder, SingleValueDecodingContainer {
        let value: LedgerValue
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            throw mismatch(type)
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw mismatch([Any].self) }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

        func decodeNil() -> Bool { value == .null }

        func mismatch(_ type: Any.Type) -> DecodingError {
            .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "the column holds \(value)"))
        }

        func decode(_ type: String.Type) throws -> String {
            guard case .text(let text) = value else { throw mismatch(type) }
            return text
        }

        func decode(_ type: Double.Type) throws -> Double {
            switch value {
            case .double(let number): return number
            case .int(let number): return Double(number)
            default: throw mismatch(type)
            }
        }

        func decode(_ type: Int64.Type) throws -> Int64 {
            guard case .int(let number) = value else { throw mismatch(type) }
            return number
        }

        func decode(_ type: Int.Type) throws -> Int { Int(try decode(Int64.self)) }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .int(let number) = value else { throw mismatch(type) }
            return number != 0
        }

        func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
        func decode(_ type: Int8.Type) throws -> Int8 { try exact(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try exact(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try exact(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try exact(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try exact(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try exact(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try exact(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try exact(type) }

        func exact<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            guard let number = T(exactly: try decode(Int64.self)) else { throw mismatch(type) }
            return number
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
    }
}
