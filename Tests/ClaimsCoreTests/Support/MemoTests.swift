import Testing
import Synchronization
@testable import ClaimsCore

@Suite("memo of a pure function")
struct MemoTests {
    @Test("an answer is computed once, then read back, nil answers included")
    func computesOnce() {
        let memo = Memo<String, Int?>()
        let calls = Mutex(0)
        func lookup(_ word: String) -> Int? {
            memo.value(word) { word in
                calls.withLock { $0 += 1 }
                return word == "absent" ? nil : word.count
            }
        }
        #expect(lookup("passengers") == 10)
        #expect(lookup("passengers") == 10)
        #expect(lookup("absent") == nil)
        #expect(lookup("absent") == nil)
        #expect(calls.withLock { $0 } == 2)
        #expect(memo.count == 2)
    }

    @Test("past its capacity answers are still right but no longer kept")
    func boundedCapacity() {
        let memo = Memo<Int, Int>(capacity: 3)
        for n in 0..<10 { #expect(memo.value(n) { $0 * $0 } == n * n) }
        #expect(memo.count == 3)
        #expect(memo.value(9) { $0 * $0 } == 81)
    }

    @Test("threads sharing one memo get the same answers")
    func sharedAcrossThreads() {
        let memo = Memo<Int, Int>()
        let results = Parallel.map(Array(0..<4000), minimumPerChunk: 10) { n in memo.value(n % 50) { $0 + 1 } }
        #expect(results == (0..<4000).map { $0 % 50 + 1 })
        #expect(memo.count == 50)
    }
}
