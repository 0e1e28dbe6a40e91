import ClaimsCore
import Testing

@Suite("Work spread over the cores")
struct ParallelTests {
    @Test("compactMap keeps what the transform returns, in the order of the input, whatever the chunking", arguments: [0, 1, 63, 64, 1000, 100_003])
    func compactMapOrder(count: Int) {
        let items = Array(0..<count)
        let transform: @Sendable (Int) -> String? = { $0 % 3 == 0 || $0 % 7 == 1 ? "n\($0)" : nil }
        #expect(Parallel.compactMap(items, minimumPerChunk: 8, transform) == items.compactMap(transform))
    }

    @Test("map gives one result per input, in order")
    func mapOrder() {
        let items = Array(0..<50_000)
        #expect(Parallel.map(items, minimumPerChunk: 16) { $0 * 2 } == items.map { $0 * 2 })
    }
}
