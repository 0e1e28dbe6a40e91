import ClaimsCore
import Testing

@Suite("Text from a source made inert for a terminal")
struct TerminalTextTests {
    @Test("escape sequences, C1 controls and bidirectional overrides are shown, not obeyed", arguments: [
        ("clear\u{1B}[2Jscreen", "clear<U+001B>[2Jscreen"),
        ("title\u{1B}]0;pwned\u{07}", "title<U+001B>]0;pwned<U+0007>"),
        ("c1\u{9B}31m", "c1<U+009B>31m"),
        ("evil\u{202E}txt.exe", "evil<U+202E>txt.exe"),
        ("isolate\u{2066}x\u{2069}", "isolate<U+2066>x<U+2069>"),
        ("line\nbreak", "line<U+000A>break"),
    ])
    func inert(input: String, shown: String) {
        #expect(TerminalText.inert(input) == shown)
    }

    @Test("ordinary text in every script passes unchanged")
    func ordinary() {
        let text = "Lao Airlines chở 44 hành khách; 飞机上搭载的39名乘客 — “quoted”"
        #expect(TerminalText.inert(text) == text)
    }
}
