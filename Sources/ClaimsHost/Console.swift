import ClaimsCore
import Foundation

/// Output helpers: results go to stdout, errors and progress to stderr, one line each.
///
/// Sources are hostile: a page can carry escape sequences that clear a reviewer's screen, rewrite
/// a line or set a hyperlink, and bidirectional overrides that reorder what is shown. Everything
/// written for people (`out`, `err`) passes through `TerminalText.inert`, which shows those as
/// `<U+001B>`; machine formats (`document`: JSON, CSV, HTML, Markdown) are written as they are,
/// their own escaping applying, unless standard output is a terminal.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.inert(text, keepingLines: true).utf8))
    }

    /// A document in a machine format, byte for byte; made inert only when it is going to a terminal.
    static func document(_ text: String) {
        FileHandle.standardOutput.write(Data((isatty(STDOUT_FILENO) == 1 ? TerminalText.inert(text, keepingLines: true) : text).utf8))
    }

    static func err(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.inert(line, keepingLines: true) + "\n").utf8))
    }

    static func error(_ line: String) { err("claims: error: \(line)") }
    static func warning(_ line: String) { err("claims: warning: \(line)") }

    /// Width for tables: $COLUMNS, else the terminal's when stdout is one, else 100.
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(columns), value > 0 { return value }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 100
    }
}

/// Progress lines on stderr.
struct StderrProgress: ProgressReporter {
    func report(_ line: String) { Console.err(line) }
}
