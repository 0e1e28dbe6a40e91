import ArgumentParser
import ClaimsCore
import ClaimsLedger
import ClaimsReview
import Foundation

/// `claims serve`: the browser workbench. Reads and checks the sources as `check` does, records
/// the run in the ledger, then serves the conflicts, the sources and the overview until stopped.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Review conflicts in the browser: a local web workbench over the ledger.",
        discussion: """
        Checks SOURCES (default: the workbench's Claims/sources/), records the run in the ledger, then \
        serves http://127.0.0.1:PORT/: the conflicts (filter by status, kind and source), each \
        conflict with its statements in context and forms to confirm, dismiss or note it, the \
        sources with every claim highlighted, and an overview (a timeline of dated claims and a \
        sources-by-topics matrix). Decisions are recorded in the ledger exactly as `claims review` \
        records them. The first line on stdout is the address served. Stop with Ctrl-C.
        """
    )

    @Option(name: .long, help: ArgumentHelp("Port to listen on; 0 picks a free one (the address is printed).", valueName: "n"))
    var port: Int = 8080

    @Option(name: .long, help: ArgumentHelp("Address to listen on. Anything but loopback lets others on the network read the sources and decide; a warning is printed.", valueName: "address"))
    var host: String = "127.0.0.1"

    @OptionGroup var location: LedgerPath
    var ledger: String? { location.ledger }

    @OptionGroup var sourceOptions: SourceOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard !host.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--host must name an address") }
    }

    func run() async throws {
        let run = sourceOptions.run
        var result = try await run.check()
        if result.documents.isEmpty && result.sourceErrors.isEmpty {
            throw CommandFailure.input("no sources to check in \(run.arguments.joined(separator: " "))")
        }
        // Sources that could not be read were reported above; the others are served.
        let book: Ledger
        do {
            book = try Ledger(path: ledger ?? run.workbench.ledgerURL.path)
            try run.record(&result, in: book)
        } catch {
            throw CommandFailure.input(error.description)
        }
        if !ReviewServer.isLoopback(host) {
            Console.warning("serving on \(host), not loopback: anyone who can reach it can read these sources and record decisions")
        }
        // A shared ledger is served to reviewers with accounts only; a file without any, as before.
        let requireLogin: Bool
        do { requireLogin = try book.requiresAccounts() } catch { throw CommandFailure.input(error.description) }
        if book.isShared, !requireLogin {
            throw CommandFailure.input("\(book.path): a shared ledger is served only to reviewer accounts; add one first: claims reviewers add NAME --ledger \(book.path)")
        }
        let server = ReviewServer(workspace: ReviewWorkspace(ledger: book, reading: result), host: host, port: port, requireLogin: requireLogin)
        do {
            try await server.run { address in
                Console.out("claims: serving \(address) (ledger \(book.path); Ctrl-C to stop)\n")
            }
        } catch {
            throw CommandFailure.input("cannot serve on \(host):\(port): \(Self.describe(error))")
        }
    }

    /// The usual reasons a server cannot start, said plainly; anything else as the system says it.
    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("Address already in use") { return "the port is in use (choose another with --port, or --port 0 for a free one)" }
        if text.contains("Cannot assign requested address") { return "this machine has no such address" }
        if text.contains("UnknownHost") { return "no such host name" }
        if text.contains("Permission denied") { return "permission denied (ports below 1024 need privileges)" }
        return text
    }
}
