/// A problem with one source. Its description is the one-line error a user sees:
/// `SOURCE: problem`. Other sources are still processed.
public struct SourceError: Error, Hashable, Sendable, CustomStringConvertible {
    public let source: String
    public let problem: String

    public init(source: String, problem: String) {
        self.source = source
        self.problem = problem
    }

    public var description: String { "\(source): \(problem)" }
}
