import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a pipe until its writer closes it, on a thread of its own, handing each chunk to
/// `receive` (an empty chunk last). A file handle's `readabilityHandler` runs on Dispatch's
/// global pool, about one thread per core, which the tests that align thousands of claims keep
/// busy for tens of seconds: output read there arrives too late for a test's time limit.
public func drain(_ handle: FileHandle, name: String = "claims-test-drain", _ receive: @escaping @Sendable (Data) -> Void) {
    let fd = handle.fileDescriptor
    let thread = Thread {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                receive(Data(chunk[0..<count]))
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                receive(Data())
                return
            }
        }
    }
    thread.name = name
    thread.start()
}
