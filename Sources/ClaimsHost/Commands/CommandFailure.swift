/// Why a command stops, typed. Commands throw these; `ClaimsCommand.runMain` turns each into
/// its one line on stderr and its exit status, in one place:
///
/// - `input`: something the command was given cannot be used (a source, a ledger, a file, an
///   option's value, a lexicon). "claims: error: LINE", exit 2.
/// - `reported`: problems already written to stderr one line each (sources that could not be
///   read, while the others were checked). Exit 2.
/// - `found`: the command ran and found what it was asked to fail on (open conflicts with
///   --fail-on-conflict, a broken hash chain, a module failing its test); its output says what.
///   Exit 1.
enum CommandFailure: Error, Equatable {
    case input(String)
    case reported
    case found

    var exitStatus: Int32 {
        switch self {
        case .input, .reported: 2
        case .found: 1
        }
    }

    /// The line for stderr, if the failure has not been reported yet.
    var line: String? {
        if case .input(let line) = self { return line }
        return nil
    }
}
