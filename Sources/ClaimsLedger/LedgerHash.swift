import Crypto
import Foundation

/// SHA-256 in hex, for content hashes and the events' and rows' hash chains. The hex is written
/// from a table, byte by byte: a run hashes every row it records, twice.
enum LedgerHash {
    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ text: String) -> String {
        let digest = SHA256.hash(data: Data(text.utf8))
        return String(unsafeUninitializedCapacity: 64) { buffer in
            var k = 0
            for byte in digest {
                buffer[k] = digits[Int(byte >> 4)]
                buffer[k + 1] = digits[Int(byte & 0x0F)]
                k += 2
            }
            return k
        }
    }
}
