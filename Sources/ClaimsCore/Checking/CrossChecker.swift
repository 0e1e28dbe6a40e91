/// Claims that speak about the same thing, from one or more sources, handed to the checkers.
public struct AlignedGroup: Sendable {
    public var topic: ClaimTopic
    public var claims: [Claim]
    /// The sources the claims come from, by id, for their languages and publication dates.
    public var sources: [String: SourceInfo]

    public init(topic: ClaimTopic, claims: [Claim], sources: [String: SourceInfo]) {
        self.topic = topic
        self.claims = claims
        self.sources = sources
    }
}

/// Decides whether aligned claims agree. Findings may only quote claims of the group they were
/// given: the host checks, and drops what does not.
public protocol CrossChecker: ClaimsModule {
    func check(_ group: AlignedGroup) -> [Finding]
    /// The findings, or why the module failed; the host reports the failure and goes on.
    func attemptCheck(_ group: AlignedGroup) -> Result<[Finding], ModuleFailure>
}

extension CrossChecker {
    public func attemptCheck(_ group: AlignedGroup) -> Result<[Finding], ModuleFailure> { .success(check(group)) }
}
