import ArgumentParser
import ClaimsCore
import ClaimsLedger
import Foundation

/// The `claims` host: the root command and its subcommands, one file each.
public struct ClaimsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Find where sources that tell the same story disagree, with proof.",
        discussion: """
        claims reads several sources about one story (text files, HTML files, URLs), finds the \
        statements that carry checkable facts, lines them up across sources and languages, and \
        reports where they contradict each other. With no arguments, `claims check` checks the \
        sources under Claims/sources/.
        """,
        version: ClaimsVersion.current,
        subcommands: [CheckCommand.self, ExtractCommand.self, ExplainCommand.self, AddCommand.self, ConflictsCommand.self, ShowCommand.self, ReviewersCommand.self,
                      ReviewCommand.self, VerdictCommand.self, ServeCommand.self, ReportCommand.self, LedgerCommand.self, ModulesCommand.self, BenchCommand.self],
        defaultSubcommand: nil
    )

    public init() {}

    /// Runs the command line and exits. Usage errors exit with status 2 (ArgumentParser's
    /// default is 64), as documented in the README.
    public static func runMain(_ arguments: [String]? = nil) async -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Foundation.exit(0)
        } catch let failure as CommandFailure {
            // Every command's own failures end here: one line (if not already written) and
            // the status the failure carries.
            if let line = failure.line { Console.error(line) }
            Foundation.exit(failure.exitStatus)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Console.err(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options every command that touches the workbench shares.
struct WorkbenchOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workbench folder holding Claims/ (default: $CLAIMS_HOME, else the nearest folder above the working directory that has Claims/sources).", valueName: "dir"))
    var workbench: String?

    var located: Workbench { Workbench.locate(explicit: workbench) }
}

/// `--ledger`, declared once: every command that reads or records the ledger takes it as this group.
struct LedgerPath: ParsableArguments {
    @Option(name: [.customLong("ledger")],
            help: ArgumentHelp("The ledger: a file, or a shared one at postgres://USER@HOST:PORT/DB (default: $CLAIMS_LEDGER, else the workbench's Claims/ledger.sqlite).",
                               valueName: "path-or-url"))
    var given: String?

    /// The option, else `CLAIMS_LEDGER`, else nil (the workbench's file).
    var ledger: String? {
        given ?? ProcessInfo.processInfo.environment["CLAIMS_LEDGER"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// Where the ledger is, for the commands that read it or decide on it.
struct LedgerOptions: ParsableArguments {
    @OptionGroup var location: LedgerPath
    var ledger: String? { location.ledger }

    @OptionGroup var workbenchOptions: WorkbenchOptions

    var path: String { ledger ?? workbenchOptions.located.ledgerURL.path }

    /// Opens an existing ledger, or exits with status 2 and a one-line error: the commands
    /// that take these options read or decide, and never create a ledger.
    func open() throws -> Ledger {
        do { return try Ledger(path: path, create: false) } catch {
            throw CommandFailure.input(error.description)
        }
    }
}

/// Options for reading sources.
struct LoadingOptions: ParsableArguments {
    // `.unconditional`: the value is read even when it starts with a dash, so that "-1" is
    // refused as a negative size rather than taken for a missing value.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Largest source read, in megabytes.", valueName: "mb"))
    var maxSourceMb: Int = 32

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Seconds allowed for fetching one URL, from connecting to the last byte of the body.", valueName: "seconds"))
    var timeout: Double = 20

    @Flag(name: .long, help: "Fetch URLs again even when a cached copy exists.")
    var refresh = false

    var limits: LoaderLimits { LoaderLimits(maxBytes: maxSourceMb << 20, fetchTimeout: timeout) }

    func validate() throws {
        guard maxSourceMb > 0 else { throw ValidationError("--max-source-mb must be a positive number of megabytes, not \(maxSourceMb)") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds, not \(timeout)") }
    }
}

/// `--published` values: YYYY, YYYY-MM or YYYY-MM-DD, keeping the precision given.
extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
