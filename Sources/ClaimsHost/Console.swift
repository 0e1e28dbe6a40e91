import ClaimsCore
import Foundation

/// Output helpers: results go to stdout, errors and progress to stderr, one line each.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) { err("claims: error: \(line)") }
    static func warning(_ line: String) { err("claims: warning: \(line)") }

    /// Terminal width for tables: $COLUMNS, else 120.
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(columns), value > 0 { return value }
        return 120
    }
}

/// Progress lines on stderr.
struct StderrProgress: ProgressReporter {
    func report(_ line: String) { Console.err(line) }
}
