import ClaimsCore
import ClaimsLedger
import ClaimsReview
import Foundation

extension BenchCommand {
    /// The review pages over a ledger of generated claims and conflicts (the same generator as
    /// --alignment): recording the run, then rendering the conflict list, one conflict, the
    /// overview (timeline and matrix) and the whole report, each the median of the runs.
    func benchReview() throws {
        var sources: [String: SourceInfo] = [:]
        for k in 0..<10 {
            let id = "s\(k)"
            sources[id] = SourceInfo(id: id, location: .file(URL(fileURLWithPath: "/dev/null")), displayName: id,
                                     language: "en", title: "Source \(k)", published: PartialDate(year: 2024, month: 1, day: 1 + k))
        }
        let pipeline = CheckPipeline(loaders: [], extractors: [], checkers: ModuleRegistry.checkers)
        let frame = PageFrame(title: "bench", section: "Conflicts")
        let pages = ReviewPages()
        Console.out("claims     conflicts  record ms  list ms  conflict ms  overview ms  report ms  report KB\n")
        for size in review where size > 0 {
            let claims = Self.generatedClaims(size)
            let findings = pipeline.check(claims, sources: sources).0
            // One paragraph a claim, so every generated span lies inside its source's text.
            let text = String(repeating: "x.\n", count: size + 1)
            let documents = sources.keys.sorted().map { Document(source: sources[$0]!, text: text) }
            let result = CheckResult(documents: documents, claims: claims, findings: findings)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claims-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let ledger = try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path)
            let clock = ContinuousClock()
            let recording = clock.measure { _ = try? ledger.record(result) }
            let workspace = ReviewWorkspace(ledger: ledger, reading: result)
            let conflicts = try ledger.conflicts()
            guard let first = conflicts.first else { continue }
            let list = measure { _ = try? pages.conflictList(workspace, filter: ConflictFilter(), frame: frame) }
            let one = measure { _ = try? pages.conflict(workspace, id: first.id, frame: frame) }
            let overview = measure { _ = try? pages.overview(workspace, frame: frame) }
            var bytes = 0
            let report = measure { bytes = (try? pages.report(workspace, title: "bench"))?.utf8.count ?? 0 }
            let ms = { (seconds: Double) in seconds * 1000 }
            Console.out(String(format: "%-9d  %-9d  %9.1f  %7.1f  %11.1f  %11.1f  %9.1f  %9d\n", size, conflicts.count,
                               ms(Double(recording.components.seconds) + Double(recording.components.attoseconds) / 1e18),
                               ms(list), ms(one), ms(overview), ms(report), bytes / 1024))
        }
    }
}
