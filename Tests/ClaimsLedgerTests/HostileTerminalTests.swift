import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

/// Sources that carry terminal escape sequences and bidirectional overrides, checked and reviewed
/// by the real `claims` binary: nothing a source holds may act on a reviewer's terminal.
@Suite("hostile text on the terminal")
struct HostileTerminalTests {
    /// Clear screen, window title, cursor up and erase line, an OSC 8 hyperlink, a carriage
    /// return, a backspace and a right-to-left override.
    static let payloads = ["\u{1B}[2J", "\u{1B}]0;pwned\u{07}", "\u{1B}[1A\u{1B}[2K", "\u{1B}]8;;http://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\",
                           "\r", "\u{08}", "\u{202E}", "\u{9B}31m"]

    /// Whether `text` holds anything that acts on a terminal.
    static func active(_ text: String) -> [String] {
        var found: [String] = []
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && v != 0x0A && v != 0x09) || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                found.append(String(format: "U+%04X", v))
            }
        }
        return found
    }

    @Test("check, conflicts, show, review, ledger log and a bad source's error show escapes as <U+001B>, never raw", arguments: Backend.available)
    func inertEverywhere(_ backend: Backend) async throws {
        let workspace = try await Workspace("hostile-terminal", backend)
        defer { workspace.remove() }
        let poison = Self.payloads.joined(separator: " x ")
        try workspace.story("en", language: "en", files: [
            ("a.txt", "Acme invested $2 billion in Beta. \(poison)\n"),
            ("b.txt", "Acme invested $5 billion in Beta.\(Self.payloads[2]) Police identified 2 suspects.\(Self.payloads[6])\n"),
        ], titles: ["a.txt": "Calm title\u{1B}[31m red \u{202E}reversed"], publishers: ["b.txt": "Daily\u{1B}]0;owned\u{07}"])
        // A source that cannot be read, whose name carries an escape sequence.
        let badName = "bad\u{1B}[2J.txt"
        try workspace.write(badName, "")

        let check = try await workspace.run(["check", "en", badName, "--ledger", workspace.ledger])
        // Exit 2 says a source could not be read; the others were checked and recorded.
        #expect(check.status == 2, "\(check.summary)")
        #expect(check.stdout.contains("<U+001B>"), "the poisoned quote is shown, inert: \(check.stdout)")
        #expect(check.stderr.contains("bad<U+001B>[2J.txt"), "\(check.stderr)")
        let conflict = try #require(try Ledger(path: workspace.ledger).conflicts().first { $0.kind == "money" })

        let runs = [
            check,
            try await workspace.run(["conflicts", "--ledger", workspace.ledger]),
            try await workspace.run(["show", conflict.id, "--ledger", workspace.ledger]),
            try await workspace.run(["review", "--reviewer", "A", "--ledger", workspace.ledger], input: "n\nnote \u{1B}[2J here\nq\n"),
            try await workspace.run(["ledger", "log", "--ledger", workspace.ledger]),
            try await workspace.run(["extract", "en"]),
            try await workspace.run(["report", "en", "--format", "markdown", "--ledger", workspace.ledger]),
        ]
        for (index, run) in runs.dropLast().enumerated() {
            #expect(index == 0 || run.status == 0, "\(run.summary)")
            #expect(Self.active(run.stdout).isEmpty, "stdout of \(run.summary)\nholds \(Self.active(run.stdout))")
            #expect(Self.active(run.stderr).isEmpty, "stderr of \(run.summary)\nholds \(Self.active(run.stderr))")
        }
        // show and review print the statements' sentences.
        #expect(runs[2].stdout.contains("<U+001B>[1A<U+001B>[2K"), "\(runs[2].stdout)")
        #expect(runs[3].stdout.contains("<U+001B>[1A<U+001B>[2K"), "\(runs[3].stdout)")
        // A note typed with an escape is refused by the ledger's rules, the rule shown inert.
        #expect(runs[3].stderr.contains("the note holds control characters"), "\(runs[3].stderr)")
        #expect(!runs[4].stdout.contains("here"), "\(runs[4].stdout)")
        // A document for a pipe (Markdown here) keeps its text as it is: its reader escapes it.
        #expect(runs[6].status == 0, "\(runs[6].summary)")
    }
}
