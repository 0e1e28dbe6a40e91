import ClaimsCore
import ClaimsLedger
import Foundation

extension BenchCommand {
    /// The shared ledger under load: generated conflicts are recorded in the empty ledger at
    /// --ledger-load with an account for each reviewer, then --reviewers processes (this
    /// executable again, each logged in to its account) make --decisions decisions at once. Afterwards every decision is looked for in the history by
    /// its reviewer and number, and the chain verified; the wall time gives decisions per second.
    func benchLedgerLoad(_ location: String) throws {
        let ledger: Ledger
        do {
            ledger = try Ledger(path: location)
            guard try ledger.conflicts().isEmpty else { throw CommandFailure.input("\(ledger.path): not empty; the load benchmark needs a new ledger") }
        } catch let error as LedgerError {
            throw CommandFailure.input(error.description)
        }
        var sources: [String: SourceInfo] = [:]
        for k in 0..<10 {
            sources["s\(k)"] = SourceInfo(id: "s\(k)", location: .file(URL(fileURLWithPath: "/dev/null")), displayName: "s\(k)", language: "en")
        }
        let claims = Self.generatedClaims(400)
        let findings = CheckPipeline(loaders: [], extractors: [], checkers: ModuleRegistry.checkers).check(claims, sources: sources).0
        let text = String(repeating: "x.\n", count: claims.count + 1)
        let documents = sources.keys.sorted().map { Document(source: sources[$0]!, text: text) }
        do { _ = try ledger.record(CheckResult(documents: documents, claims: claims, findings: findings)) } catch {
            throw CommandFailure.input(error.description)
        }
        let conflicts: Int
        do { conflicts = try ledger.conflicts().count } catch { throw CommandFailure.input(error.description) }
        Console.out("\(ledger.path): \(conflicts) conflicts; \(reviewers) reviewer processes × \(decisions) decisions at once\n")

        // An account a reviewer, with a password made here and handed to its process only.
        var passwords: [String] = []
        for k in 0..<reviewers {
            let password = UUID().uuidString
            do { try ledger.addReviewer("reviewer-\(k)", password: password) } catch { throw CommandFailure.input(error.description) }
            passwords.append(password)
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let clock = ContinuousClock()
        let start = clock.now
        var workers: [Process] = []
        for k in 0..<reviewers {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["bench", "--ledger-load", location, "--ledger-worker", "reviewer-\(k)", "--decisions", "\(decisions)"]
            process.standardOutput = FileHandle.nullDevice
            process.environment = ProcessInfo.processInfo.environment.merging(["CLAIMS_PASSWORD": passwords[k]]) { $1 }
            try process.run()
            workers.append(process)
        }
        for process in workers { process.waitUntilExit() }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let failed = workers.filter { $0.terminationStatus != 0 }.count

        // Every decision by its reviewer and number: none lost, none twice.
        let events: [LedgerEvent]
        let report: VerifyReport
        do {
            events = try ledger.log(limit: Int.max)
            report = try ledger.verify()
        } catch {
            throw CommandFailure.input(error.description)
        }
        var found: [String: Set<Int>] = [:]
        var twice = 0
        for event in events where event.actor.hasPrefix("reviewer-") {
            guard let note = event.note, let number = note.split(separator: "#").last.flatMap({ Int($0) }) else { continue }
            if found[event.actor, default: []].insert(number).inserted == false { twice += 1 }
        }
        let recorded = found.values.reduce(0) { $0 + $1.count }
        let lost = reviewers * decisions - recorded
        Console.out(String(format: "%d decisions recorded, %d lost, %d twice; %d workers failed; %@\n", recorded, lost, twice, failed,
                           report.firstProblem.map { "BROKEN: \($0)" } ?? "chain verifies (\(report.eventsChecked) events)"))
        Console.out(String(format: "wall %.2f s: %.0f decisions/s\n", seconds, Double(recorded) / seconds))
        if lost > 0 || failed > 0 || report.firstProblem != nil { throw CommandFailure.found }
    }

    /// One reviewer of the load benchmark (and of the fault trials): `decisions` decisions on the
    /// ledger's conflicts in turn, each printed as its number once committed. A decision that
    /// fails on the database (a server restarting) is tried again for up to a minute. On a
    /// ledger with accounts it logs in first, as `claims verdict` does.
    func ledgerWorker(_ location: String, name: String) throws {
        let ledger: Ledger
        let ids: [String]
        do {
            ledger = try Ledger(path: location, create: false)
            ids = try ledger.conflicts().map(\.id).sorted()
        } catch {
            throw CommandFailure.input(error.description)
        }
        let account = try ReviewerLogin.account(on: ledger, name: name)
        guard !ids.isEmpty else { throw CommandFailure.input("\(ledger.path): no conflicts to decide on") }
        let kinds: [Decision] = [.note, .confirm, .dismiss]
        let offset = name.unicodeScalars.reduce(0) { $0 &+ Int($1.value) }
        for number in 0..<decisions {
            let id = ids[(number &* 7 &+ offset) % ids.count]
            var waited = 0.0
            while true {
                do {
                    _ = try ledger.decide(id, decision: kinds[number % 3], note: "\(name) #\(number)", reviewer: name, account: account)
                    break
                } catch where error.kind == .database && waited < 60 {
                    Thread.sleep(forTimeInterval: 0.1)
                    waited += 0.1
                } catch {
                    throw CommandFailure.input(error.description)
                }
            }
            FileHandle.standardOutput.write(Data("\(number)\n".utf8))
        }
    }
}
