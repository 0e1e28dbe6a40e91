import Crypto
import Foundation

/// SHA-256 in hex, for content hashes and the events' hash chain.
enum LedgerHash {
    static func hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
