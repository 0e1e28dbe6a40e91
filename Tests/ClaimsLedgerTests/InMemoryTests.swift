import ClaimsCore
import ClaimsLedger
import Foundation
import GRDB
import Testing

/// The ledger on a database writer passed in: an in-memory queue, as a test or a tool would use.
@Suite("a ledger in memory")
struct InMemoryTests {
    @Test("an in-memory ledger migrates, verifies empty, and answers by kind")
    func inMemory() throws {
        let ledger = try Ledger(writer: try DatabaseQueue())
        let report = try ledger.verify()
        #expect(report.firstProblem == nil)
        #expect(report.eventsChecked == 0 && report.conflictsChecked == 0 && report.rowsChecked == 0)
        #expect(try ledger.conflicts().isEmpty)
        let missing = #expect(throws: LedgerError.self) { try ledger.decide("f-0123", decision: .note, note: "x", reviewer: "A") }
        #expect(missing?.kind == .notFound)
        let refused = #expect(throws: LedgerError.self) { try ledger.decide("f-0123", decision: .dismiss, reviewer: "A") }
        #expect(refused?.kind == .decision(.reasonMissing))
        #expect(try ledger.log().isEmpty)
    }
}
