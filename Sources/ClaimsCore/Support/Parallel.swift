import Dispatch
import Foundation

/// Independent work spread over the machine's cores: the groups a checker judges, the pairs
/// the aligner scores, the sentences of one long source. Results come back in input order, so
/// a run's output does not depend on how the work was shared out.
public enum Parallel {
    /// The cores this process may use.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to every element, on up to `cores` threads, in the order of `items`.
    /// Inputs smaller than `minimumPerChunk` a core are done on the calling thread.
    public static func map<T: Sendable, U: Sendable>(_ items: [T], minimumPerChunk: Int = 64, _ transform: @Sendable (T) -> U) -> [U] {
        let chunks = min(cores * 4, items.count / max(1, minimumPerChunk))
        guard chunks > 1 else { return items.map(transform) }
        let results = Results<U>(count: items.count)
        let size = (items.count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * size
            guard start < items.count else { return }
            for index in start..<min(items.count, start + size) {
                results.buffer[index] = transform(items[index])
            }
        }
        return results.values()
    }

    /// The results of `transform` that are not nil, in the order of `items`. Each chunk keeps
    /// only what it found, so that millions of candidates of which a third are kept cost no slot
    /// each for the others.
    public static func compactMap<T: Sendable, U: Sendable>(_ items: [T], minimumPerChunk: Int = 64, _ transform: @Sendable (T) -> U?) -> [U] {
        let chunks = min(cores * 4, items.count / max(1, minimumPerChunk))
        guard chunks > 1 else { return items.compactMap(transform) }
        let results = Results<[U]>(count: chunks)
        let size = (items.count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * size
            var found: [U] = []
            if start < items.count {
                for index in start..<min(items.count, start + size) {
                    if let result = transform(items[index]) { found.append(result) }
                }
            }
            results.buffer[chunk] = found
        }
        return Array(results.values().joined())
    }

    /// Two independent jobs at once, the second on another core; both results, in order.
    public static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let a = Results<A>(count: 1), b = Results<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { a.buffer[0] = first() } else { b.buffer[0] = second() }
        }
        return (a.values()[0], b.values()[0])
    }

    /// Slots written by one thread each: every index is written exactly once, by the chunk that
    /// holds it, and read only after every chunk has finished, hence unchecked.
    private final class Results<U>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<U?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        func values() -> [U] { buffer.map { $0! } }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
    }
}
