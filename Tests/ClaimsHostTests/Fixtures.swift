import ClaimsTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sample inputs.
enum Samples {
    static let goodText = """
    Microsoft owns 49% of OpenAI after the latest round.
    The partnership was worth 13 billion dollars and reached 1,000,000 users.

    """

    static let vietnameseText = """
    Microsoft sở hữu 49% cổ phần của OpenAI.
    Công ty có 1.000.000 người dùng và doanh thu tăng 10,5 phần trăm.

    """

    /// The first bytes of a PNG image: signature, IHDR chunk.
    static let png = Data([
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
        0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    ])

    /// "abc " then 0xC3 0x28 (a lead byte without its continuation byte) at offset 4.
    static let invalidUTF8 = Data("abc ".utf8) + Data([0xC3, 0x28]) + Data(" def 42 items\n".utf8)
}

/// A TCP port on 127.0.0.1 that is bound but not listening, so connecting to it is refused and
/// no other process can start listening on it while the socket is held.
final class ClosedLocalPort {
    let port: UInt16
    private let descriptor: Int32

    init() throws {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ClaimsRunError(description: "socket() failed") }
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            close(fd)
            throw ClaimsRunError(description: "bind() failed")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            close(fd)
            throw ClaimsRunError(description: "getsockname() failed")
        }
        descriptor = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(descriptor) }
}
