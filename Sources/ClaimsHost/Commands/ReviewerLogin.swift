import ClaimsLedger
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A reviewer logging in from the command line to a ledger with accounts: the password comes
/// from CLAIMS_PASSWORD or, on a terminal, from a prompt that does not echo it. It is never
/// printed, logged or kept.
enum ReviewerLogin {
    /// The logged-in account of `name`, or nil on a ledger without accounts (or without a name,
    /// which the ledger's rules then refuse).
    static func account(on ledger: Ledger, name: String) throws -> ReviewerAccount? {
        do {
            guard try ledger.requiresAccounts(), !name.isEmpty else { return nil }
            let password = try password(for: name, on: ledger.path)
            return try ledger.login(name, password: password)
        } catch let error as LedgerError {
            throw CommandFailure.input(error.description)
        }
    }

    static func password(for name: String, on path: String) throws -> String {
        if let given = ProcessInfo.processInfo.environment["CLAIMS_PASSWORD"], !given.isEmpty { return given }
        if let typed = prompt("password for \(name): ") { return typed }
        throw CommandFailure.input("\(path): this ledger has reviewer accounts: give \(name)'s password in CLAIMS_PASSWORD, or run on a terminal")
    }

    /// Reads a line from the terminal without echoing it; nil without a terminal (getpass would
    /// read standard input then, which holds a review's answers).
    static func prompt(_ text: String) -> String? {
        let terminal = open("/dev/tty", O_RDWR)
        guard terminal >= 0 else { return nil }
        close(terminal)
        guard let typed = getpass(text) else { return nil }
        return String(cString: typed)
    }
}
