import ClaimsTestSupport
import Foundation

/// A small story in a temporary workbench: two sources that disagree on when Microsoft first
/// invested in OpenAI, one of them hostile (markup in its text, its title and its publisher),
/// and a fresh ledger. `remove()` when done.
struct Story {
    let folder: TemporaryFolder
    var sources: URL { folder.path("story") }
    var ledger: URL { folder.path("ledger.sqlite") }

    static let hostileTitle = #"<script>alert("title")</script> Hostile page"#
    static let hostilePublisher = #""><img src=x onerror=alert(2)>"#

    /// A file name with a quote and a combining mark in it (the source id is the name's stem),
    /// and a manifest language tag with the same trick: escaping by Character, not by scalar,
    /// would let the quote out of an attribute.
    static let trickyFile = "bài viết \"\u{301} onmouseover=alert(3) x.txt"
    static let trickyLanguage = "en\"\u{301} autofocus onfocus=alert(4) x=\""

    init(tricky: Bool = false) throws {
        folder = try TemporaryFolder("claims-review")
        try folder.write("story/calm.txt", """
            Microsoft invested $1 billion in OpenAI in July 2019, the company said.

            The partnership has lasted four years, according to people familiar with it.
            """)
        try folder.write("story/hostile.txt", """
            <script>alert("pwned")</script> Microsoft invested $1 billion in OpenAI in 2018.

            <img src=x onerror=alert(1)> OpenAI has 100 million weekly users.
            """)
        var entries: [[String: Any]] = [
            ["file": "calm.txt", "language": "en", "title": "Calm report", "publisher": "Calm Daily", "published": "2023-06"],
            ["file": "hostile.txt", "language": "en", "title": Self.hostileTitle, "publisher": Self.hostilePublisher, "published": "2023-06-12"],
        ]
        if tricky {
            try folder.write("story/\(Self.trickyFile)", "Microsoft invested $1 billion in OpenAI in 2017.\n")
            try folder.write("story/tricky.txt", "Microsoft invested $1 billion in OpenAI in 2016.\n")
            entries.append(["file": "tricky.txt", "language": Self.trickyLanguage, "title": "Tricky", "published": "2023-06"])
        }
        let manifest: [String: Any] = ["sources": entries]
        try folder.write("story/sources.json", try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted]))
    }

    func remove() { folder.remove() }

    /// `claims serve` on this story for `body`, stopped however `body` ends.
    func serving<T>(_ extra: [String] = [], _ body: (ServerProcess) async throws -> T) async throws -> T {
        try await ServerProcess.serving(["serve", sources.path, "--port", "0", "--ledger", ledger.path, "--quiet"] + extra, in: folder.url, body)
    }

    /// `claims serve` on this story, on a free loopback port.
    func serve(_ extra: [String] = []) async throws -> ServerProcess {
        try await ServerProcess.start(["serve", sources.path, "--port", "0", "--ledger", ledger.path, "--quiet"] + extra, in: folder.url)
    }
}
