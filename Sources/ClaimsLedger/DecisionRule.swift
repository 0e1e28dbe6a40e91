import ClaimsCore

/// The rules a reviewer's decision must meet, in the ledger and nowhere else: `claims verdict`,
/// `claims review` and the web server all record through `Ledger.decide`, which refuses a
/// decision with the rule it breaks. Front ends phrase it for their users (`sentence` on a
/// page, `line` on a terminal, with their own hint), never decide it.
public enum DecisionRule: Sendable, Equatable {
    case reviewerMissing
    case reviewerTooLong(limit: Int)
    /// A control character or a bidirectional override in a field: it would act on a
    /// terminal or hide text in a page.
    case controlCharacters(field: String)
    case reasonMissing
    case noteMissing
    case noteTooLong(limit: Int)
    case correctSourceWithoutConfirm
    case correctSourceUnknown(source: String, conflict: String, sources: [String])
    /// The ledger has reviewer accounts: a decision is made by one that has logged in.
    case accountRequired(reviewer: String)
    /// The name and password given do not log in (which of the two is wrong is not said).
    case loginFailed
    case passwordTooShort(minimum: Int)
    case accountExists(reviewer: String)

    public static let reviewerLimit = 100
    public static let noteLimit = 4_000
    public static let passwordMinimum = 10

    /// The rule a decision breaks, or nil when it may be recorded. `reviewer` is trimmed.
    public static func refusal(decision: Decision, reviewer: String, note: String?, correctSource: String?) -> DecisionRule? {
        if reviewer.isEmpty { return .reviewerMissing }
        if reviewer.count > reviewerLimit { return .reviewerTooLong(limit: reviewerLimit) }
        if hasControls(reviewer, allowingLines: false) { return .controlCharacters(field: "the reviewer's name") }
        let text = (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if decision == .dismiss, text.isEmpty { return .reasonMissing }
        if decision == .note, text.isEmpty { return .noteMissing }
        if let note {
            if note.count > noteLimit { return .noteTooLong(limit: noteLimit) }
            if hasControls(note, allowingLines: true) { return .controlCharacters(field: "the note") }
        }
        if correctSource != nil, decision != .confirm { return .correctSourceWithoutConfirm }
        if let correctSource, hasControls(correctSource, allowingLines: false) { return .controlCharacters(field: "the correct source") }
        return nil
    }

    /// Whether `text` holds what `TerminalText.inert` would escape (line feeds and tabs aside
    /// when `allowingLines`).
    static func hasControls(_ text: String, allowingLines: Bool) -> Bool {
        TerminalText.inert(text, keepingLines: allowingLines) != text
    }

    /// The rule as a terminal line: lower case, no full stop.
    public var line: String {
        switch self {
        case .reviewerMissing: "a decision needs the reviewer's name"
        case .reviewerTooLong(let limit): "the reviewer's name is longer than \(limit) characters"
        case .controlCharacters(let field): "\(field) holds control characters or direction overrides"
        case .reasonMissing: "a dismissal needs a reason"
        case .noteMissing: "a note needs its text"
        case .noteTooLong(let limit): "the note is longer than \(limit) characters"
        case .correctSourceWithoutConfirm: "a correct source goes with a confirmation only"
        case .correctSourceUnknown(let source, let conflict, let sources):
            "\(source) is not a source of conflict \(conflict) (its sources: \(sources.joined(separator: ", ")))"
        case .accountRequired(let reviewer): "this ledger has reviewer accounts: \(reviewer) must log in to decide"
        case .loginFailed: "unknown reviewer or wrong password"
        case .passwordTooShort(let minimum): "a password needs at least \(minimum) characters"
        case .accountExists(let reviewer): "\(reviewer) has an account already"
        }
    }

    /// The rule as a sentence for a page.
    public var sentence: String {
        if case .correctSourceUnknown = self { return line + "." }
        return line.prefix(1).uppercased() + line.dropFirst() + "."
    }
}
