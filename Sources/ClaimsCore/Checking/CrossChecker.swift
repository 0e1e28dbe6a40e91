/// Decides whether aligned claims agree. Findings may only quote claims of the group they were
/// given: the host checks, and drops what does not.
public protocol CrossChecker: ClaimsModule {
    func check(_ group: AlignedGroup) -> [Finding]
    /// The findings, or why the module failed; the host reports the failure and goes on.
    func attemptCheck(_ group: AlignedGroup) -> Result<[Finding], ModuleFailure>
    /// Whether groups may be handed to it from several threads at once: built-in checkers are
    /// pure functions of the group; a module in its own process answers one request at a time.
    var checksConcurrently: Bool { get }
}

extension CrossChecker {
    public func attemptCheck(_ group: AlignedGroup) -> Result<[Finding], ModuleFailure> { .success(check(group)) }
    public var checksConcurrently: Bool { true }
}
