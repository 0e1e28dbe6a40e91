import Foundation

/// Guesses a source's language when no manifest or option gives it, from the characters the
/// value lexicons call distinctive (`script.distinctive`): Han text is Chinese, Simplified or
/// Traditional by the characters only one script writes (generated from CC-CEDICT); Latin text
/// rich in one language's letters (Vietnamese ă, ơ, ư, ạ…) is that language; other Latin text is
/// English.
public struct LanguageGuesser: Sendable {
    /// By language tag, the characters only that language writes.
    let distinctive: [String: Set<Unicode.Scalar>]

    public init(distinctive: [String: Set<Unicode.Scalar>] = [:]) { self.distinctive = distinctive }

    /// The tag whose distinctive characters `text` uses most, among Chinese tags for Han text and
    /// the others for Latin text; nil for text with neither.
    public func guess(_ text: String) -> String? {
        var han = 0, latin = 0
        var counts: [String: Int] = [:]
        // Distinctive letters are listed precomposed; text written with combining accents is
        // composed first (only a bounded prefix is read).
        let sample = String(text.unicodeScalars.prefix(200_000)).precomposedStringWithCanonicalMapping
        for scalar in sample.unicodeScalars {
            if ScalarClass.isHan(scalar) {
                han += 1
            } else if ScalarClass.isLetter(scalar) {
                latin += 1
            } else {
                continue
            }
            for (tag, set) in distinctive where set.contains(scalar) { counts[tag, default: 0] += 1 }
        }
        if han == 0 && latin == 0 { return nil }
        func best(_ tags: [String]) -> (tag: String, count: Int)? {
            tags.map { ($0, counts[$0] ?? 0) }.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }
        }
        let chinese = distinctive.keys.filter { $0.hasPrefix("zh") }
        // Han characters carry about a word each, Latin letters a fifth of one.
        if han * 5 >= latin {
            guard let top = best(chinese), top.count > 0 else { return "zh-Hans" }
            return top.tag
        }
        // A language's own letters in one letter of fifty at least.
        if let top = best(distinctive.keys.filter { !$0.hasPrefix("zh") }), top.count * 50 >= latin, top.count > 0 { return top.tag }
        return "en"
    }

    /// Maps a BCP 47 tag (from `<html lang>` or the command line) to the tags the modules use:
    /// zh-CN → zh-Hans, zh-TW/zh-HK → zh-Hant, vi-VN → vi, en-US → en.
    public static func normalize(tag: String) -> String {
        let parts = tag.replacingOccurrences(of: "_", with: "-").split(separator: "-").map { $0.lowercased() }
        guard let primary = parts.first else { return tag }
        if primary == "zh" {
            let rest = Set(parts.dropFirst())
            if rest.contains("hant") || rest.contains("tw") || rest.contains("hk") || rest.contains("mo") { return "zh-Hant" }
            return "zh-Hans"
        }
        return primary
    }
}
