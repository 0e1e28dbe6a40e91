import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a module's answers, one line each, from its standard output, on the thread that waits
/// for them. Each byte is read once and searched for the line end once, so an answer costs time
/// in proportion to its length; one longer than `maxLineBytes` is refused (a module problem).
/// Reading here rather than in a file-handle reader on a thread pool means an answer's time
/// limit measures the module, not how busy the pool is.
struct AnswerReader {
    /// The documented cap on one answer (docs/module-protocol.md).
    static let defaultMaxLineBytes = 64 << 20

    enum Outcome: Equatable {
        case line(String)
        /// Nothing within the time limit.
        case timedOut
        /// The module closed its output (it has exited or is exiting).
        case ended
        /// The line under way passed the cap.
        case tooLong
    }

    let fd: Int32
    let maxLineBytes: Int
    private var bytes: [UInt8] = []
    /// Where the unread part of `bytes` starts.
    private var start = 0
    /// `bytes[start..<scanned]` holds no line end.
    private var scanned = 0
    private var closed = false

    init(fd: Int32, maxLineBytes: Int = AnswerReader.defaultMaxLineBytes) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0, flags & O_NONBLOCK == 0 { _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK) }
    }

    /// The next line, or why there is none by `deadline`.
    mutating func next(before deadline: ContinuousClock.Instant) -> Outcome {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let end = lineEnd() {
                let line = String(decoding: bytes[start..<end], as: UTF8.self)
                start = end + 1
                scanned = start
                compact()
                return .line(line)
            }
            scanned = bytes.count
            if bytes.count - start > maxLineBytes { return .tooLong }
            if closed { return .ended }
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return .timedOut }
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(left / .milliseconds(1), 3_600_000).rounded(.up))
            let polled = poll(&ready, 1, max(milliseconds, 1))
            if polled < 0 {
                if errno == EINTR { continue }
                closed = true
                continue
            }
            if polled == 0 { continue }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                chunk.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
            } else if count == 0 {
                closed = true
            } else if errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK {
                closed = true
            }
        }
    }

    /// The index of the first line end at or after `scanned` (memchr: this runs over every byte).
    private func lineEnd() -> Int? {
        guard scanned < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress,
                  let found = memchr(base + scanned, 0x0A, buffer.count - scanned) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Drops the lines already handed out once they are most of the buffer: each byte moves at
    /// most once more, so the total stays linear.
    private mutating func compact() {
        guard start >= 1 << 16, start * 2 >= bytes.count else { return }
        bytes.removeFirst(start)
        scanned -= start
        start = 0
    }
}
