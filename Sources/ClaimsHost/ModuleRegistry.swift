import ArabicNumeralExtractor
import ClaimsCore

/// Every built-in module, in the order it runs. Adding a module is one target under Plugins/
/// and one line here.
public enum ModuleRegistry {
    public static let extractors: [any ClaimExtractor] = [
        ArabicNumeralExtractor(),
    ]

    public static let checkers: [any CrossChecker] = []

    public static var all: [ModuleDescription] {
        extractors.map(\.moduleDescription) + checkers.map(\.moduleDescription)
    }
}
