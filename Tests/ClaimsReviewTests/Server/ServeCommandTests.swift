import ClaimsLedger
import ClaimsReview
import ClaimsTestSupport
import Foundation
import Testing

/// `claims serve` driven over HTTP on a free loopback port, as a browser would: the list, a
/// conflict, a decision, its history, the token checks and a hostile source.
@Suite("claims serve", .serialized)
struct ServeCommandTests {
    /// The story's one conflict, as the ledger holds it.
    static func onlyConflict(_ story: Story) throws -> LedgerConflict {
        let conflicts = try Ledger(path: story.ledger.path).conflicts()
        try #require(conflicts.count == 1, "expected the story's one conflict, got \(conflicts.map(\.topic))")
        return conflicts[0]
    }

    /// Serves a fresh story and hands the test a client and the story's conflict; the server is
    /// stopped and the story removed however the test ends.
    static func serving(_ body: (Story, ServerProcess, WebClient, LedgerConflict) async throws -> Void) async throws {
        let story = try Story()
        defer { story.remove() }
        try await story.serving { server in
            try await body(story, server, WebClient(base: server.url), try onlyConflict(story))
        }
    }

    @Test("the list shows the conflicts with counts by status, filters, a session cookie and a strict policy")
    func list() async throws {
        try await Self.serving { story, server, web, conflict in
            #expect(server.url.host == "127.0.0.1")

            let page = try await web.get("/")
            #expect(page.status == 200)
            #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(page.header("Content-Security-Policy")?.contains("default-src 'none'") == true)
            #expect(page.header("Set-Cookie")?.contains("HttpOnly") == true)
            #expect(page.body.contains("href=\"/conflicts/\(conflict.id)\""))
            #expect(page.body.contains("<b>1</b>open"))
            #expect(page.body.contains("<b>0</b>dismissed"))
            #expect(page.body.contains("2019-07 vs 2018") || page.body.contains("2018 vs 2019-07"))

            // Filters: by status, kind and source; each list says how many it shows.
            #expect(try await web.get("/?status=dismissed").body.contains("0 of 1 conflicts shown"))
            #expect(try await web.get("/?kind=money").body.contains("0 of 1 conflicts shown"))
            #expect(try await web.get("/?kind=date&source=hostile").body.contains("1 of 1 conflicts shown"))
            #expect(try await web.get("/?status=open&source=nobody").body.contains("0 of 1 conflicts shown"))

            #expect(try await web.get("/no/such/page").status == 404)
            #expect(try await web.get("/sources").body.contains("Calm report"))
            let overview = try await web.get("/overview")
            #expect(overview.status == 200)
            #expect(overview.body.contains("<svg"))
            #expect(overview.body.contains("class=\"date disputed\""))
            #expect(overview.body.contains("cell-disputed"))
        }
    }

    @Test("a conflict shows each statement in its sentence and paragraph, the sources and the rationale")
    func show() async throws {
        try await Self.serving { story, server, web, conflict in

            let page = try await web.get("/conflicts/\(conflict.id)")
            #expect(page.status == 200)
            #expect(page.body.contains(conflict.rationale))
            #expect(page.body.contains("Calm report"))
            #expect(page.body.contains("Calm Daily"))
            #expect(page.body.contains("published 2023-06"))
            #expect(page.body.contains("<mark class=\"value\">July 2019</mark>"))
            #expect(page.body.contains("<mark class=\"value\">2018</mark>"))
            // The paragraph marks the sentence around the value.
            #expect(page.body.contains("<mark class=\"sentence\">Microsoft invested $1 billion in OpenAI in </mark>"))
            #expect(page.body.contains("In its paragraph"))
            #expect(WebClient.token(in: page.body) != nil)
            // The history starts with the detection.
            #expect(page.body.contains("<td>detected</td>"))

            // A unique prefix of the id finds it; an unknown id is a 404 page.
            #expect(try await web.get("/conflicts/\(conflict.id.prefix(6))").status == 200)
            let missing = try await web.get("/conflicts/f-0000000000")
            #expect(missing.status == 404)
            #expect(missing.body.contains("no conflict f-0000000000"))
        }
    }

    @Test("decisions are recorded in the ledger as claims review records them, and shown in the history")
    func decide() async throws {
        try await Self.serving { story, server, web, conflict in
            let page = try await web.get("/conflicts/\(conflict.id)")
            let token = try #require(WebClient.token(in: page.body))

            // A note, then a confirmation naming the correct source.
            let noted = try await web.post("/conflicts/\(conflict.id)/decision",
                                           form: [("token", token), ("decision", "note"), ("reviewer", "Lan Nguyễn"), ("note", "asked the desk")])
            #expect(noted.status == 303)
            #expect(noted.header("Location") == "/conflicts/\(conflict.id)?decided=note")
            let confirmed = try await web.post("/conflicts/\(conflict.id)/decision",
                                               form: [("token", token), ("decision", "confirm"), ("reviewer", "Lan Nguyễn"),
                                                      ("correct_source", "calm"), ("note", "the 2019 date is on the record")])
            #expect(confirmed.status == 303)

            let recorded = try Ledger(path: story.ledger.path).conflict(conflict.id)
            #expect(recorded.status == .confirmed)
            #expect(recorded.events.map(\.type) == [.detected, .note, .confirmed])
            #expect(recorded.decision?.actor == "Lan Nguyễn")
            #expect(recorded.decision?.correctSource == "calm")
            #expect(recorded.decision?.note == "the 2019 date is on the record")
            #expect(recorded.events[1].note == "asked the desk")
            #expect(try Ledger(path: story.ledger.path).verify().firstProblem == nil)

            // The page after the redirect says so, shows the history and remembers the reviewer.
            let after = try await web.get("/conflicts/\(conflict.id)?decided=confirm")
            #expect(after.body.contains("Recorded in the ledger"))
            #expect(after.body.contains("<td>confirmed</td><td>Lan Nguyễn</td><td>calm</td>"))
            #expect(after.body.contains("<td>note</td><td>Lan Nguyễn</td><td></td><td>asked the desk</td>"))
            #expect(after.body.contains("value=\"Lan Nguyễn\""))
            #expect(try await web.get("/?status=confirmed").body.contains("1 of 1 conflicts shown"))
        }
    }

    @Test("a decision without what it needs is refused with the page and nothing is recorded")
    func incompleteDecisions() async throws {
        try await Self.serving { story, server, web, conflict in
            let token = try #require(WebClient.token(in: try await web.get("/conflicts/\(conflict.id)").body))
            let path = "/conflicts/\(conflict.id)/decision"

            let cases: [(form: [(String, String)], says: String)] = [
                ([("token", token), ("decision", "dismiss"), ("reviewer", "Lan"), ("note", "  ")], "A dismissal needs a reason."),
                ([("token", token), ("decision", "confirm"), ("reviewer", "   ")], "A decision needs the reviewer&#39;s name."),
                ([("token", token), ("decision", "confirm")], "A decision needs the reviewer&#39;s name."),
                ([("token", token), ("decision", "note"), ("reviewer", "Lan"), ("note", "")], "A note needs its text."),
                ([("token", token), ("decision", "delete"), ("reviewer", "Lan")], "Choose confirm, dismiss or note."),
                ([("token", token), ("decision", "confirm"), ("reviewer", "Lan"), ("correct_source", "elsewhere")], "elsewhere is not a source of conflict"),
            ]
            for (form, says) in cases {
                let reply = try await web.post(path, form: form)
                #expect(reply.status == 400, "\(form)")
                #expect(reply.body.contains(says), "\(form): \(says)")
            }
            #expect(try await web.post("/conflicts/f-0000000000/decision", form: [("token", token), ("decision", "note"), ("reviewer", "Lan"), ("note", "x")]).status == 404)
            #expect(try Ledger(path: story.ledger.path).conflict(conflict.id).events.map(\.type) == [.detected])
        }
    }

    @Test("a POST without the session's token is refused")
    func tokens() async throws {
        try await Self.serving { story, server, web, conflict in
            let path = "/conflicts/\(conflict.id)/decision"
            let reviewer = WebClient(base: server.url)
            let token = try #require(WebClient.token(in: try await reviewer.get("/conflicts/\(conflict.id)").body))
            let other = WebClient(base: server.url)
            let otherToken = try #require(WebClient.token(in: try await other.get("/conflicts/\(conflict.id)").body))
            #expect(token != otherToken, "each browser session has its own token")

            let forged = String(token.reversed())
            let attempts: [(WebClient, [(String, String)], Bool)] = [
                (reviewer, [("decision", "dismiss"), ("reviewer", "Mallory"), ("note", "no token")], true),
                (reviewer, [("token", ""), ("decision", "dismiss"), ("reviewer", "Mallory"), ("note", "empty token")], true),
                (reviewer, [("token", forged), ("decision", "dismiss"), ("reviewer", "Mallory"), ("note", "forged token")], true),
                (reviewer, [("token", otherToken), ("decision", "dismiss"), ("reviewer", "Mallory"), ("note", "another session's token")], true),
                // The right token from a page without the session cookie (another site's form).
                (reviewer, [("token", token), ("decision", "dismiss"), ("reviewer", "Mallory"), ("note", "no cookie")], false),
            ]
            for (client, form, cookies) in attempts {
                let reply = try await client.post(path, form: form, cookies: cookies)
                #expect(reply.status == 403, "\(form)")
                #expect(reply.body.contains("session token"))
            }
            #expect(try Ledger(path: story.ledger.path).conflict(conflict.id).events.map(\.type) == [.detected])
        }
    }

    @Test("markup in a source's text, title and publisher is shown as text on every page")
    func hostileSource() async throws {
        try await Self.serving { story, server, web, conflict in
            for path in ["/", "/conflicts/\(conflict.id)", "/sources", "/sources/hostile", "/overview", "/report"] {
                let page = try await web.get(path)
                #expect(page.status == 200, "\(path)")
                #expect(!page.body.contains("<script"), "\(path) carries a script element")
                #expect(!page.body.contains("<img"), "\(path) carries an img element")
                #expect(!page.body.contains(Story.hostilePublisher), "\(path) lets a source's text close an attribute")
                #expect(!page.body.contains(Story.hostileTitle), "\(path) shows a source's title unescaped")
            }
            let source = try await web.get("/sources/hostile")
            #expect(source.body.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"))
            #expect(source.body.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(source.body.contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Hostile page"))
            // Claims are highlighted by kind, the disputed one linked to its conflict.
            #expect(source.body.contains("class=\"k-money\""))
            #expect(source.body.contains("class=\"k-date disputed\""))
            #expect(source.body.contains("href=\"/conflicts/\(conflict.id)\""))
            let shown = try await web.get("/conflicts/\(conflict.id)")
            #expect(shown.body.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
            #expect(try await web.get("/sources/nobody").status == 404)
        }
    }

    @Test("a quote with a combining mark in a file name or a language tag stays inside its attribute; odd ids are reachable")
    func combiningMarks() async throws {
        let story = try Story(tricky: true)
        defer { story.remove() }
        try await story.serving { server in try await Self.combiningMarks(story, server) }

        // The same in the Markdown report: no raw quote-and-mark, no table cell broken.
        let markdown = try await Claims.run(["report", "--format", "markdown", story.sources.path, "--ledger", story.ledger.path, "--quiet"],
                                            in: story.folder.url)
        #expect(markdown.status == 0, "\(markdown.summary)")
        #expect(!markdown.stdout.contains("`"), "no code spans a name could close")
    }

    static func combiningMarks(_ story: Story, _ server: ServerProcess) async throws {
        let web = WebClient(base: server.url)
        let sources = try await web.get("/sources")
        let trickyID = String(Story.trickyFile.dropLast(4))
        #expect(sources.body.contains(HTMLText.escape(trickyID)))
        // The odd id's page, through the percent-encoded link the list gives.
        let pattern = #"href="(/sources/b[^"]*)""#
        let range = try #require(sources.body.range(of: pattern, options: .regularExpression))
        let link = String(sources.body[range].dropFirst(6).dropLast())
        let page = try await web.get(link)
        #expect(page.status == 200, "\(link)")
        #expect(page.body.contains("in <mark class=\"k-date"))
        var paths = ["/", "/sources", link, "/sources/tricky", "/overview", "/report"]
        for conflict in try Ledger(path: story.ledger.path).conflicts() { paths.append("/conflicts/\(conflict.id)") }
        // (Kept out of #expect: its expansion quotes the expression's source.)
        let nameBreakout = "\"\u{301} onmouseover", tagBreakout = "\"\u{301} autofocus"
        for path in paths {
            let body = try await web.get(path).body
            #expect(!body.contains(nameBreakout), "\(path) lets a file name out of an attribute")
            #expect(!body.contains(tagBreakout), "\(path) lets a language tag out of an attribute")
            #expect(!body.contains(" autofocus"), "\(path)")
        }
        #expect(try await web.get("/sources/tricky").body.contains("lang=\"und\""), "a language tag that is not one is shown as und")
    }

    @Test("only loopback names are answered on loopback, and another address is served with a warning")
    func hosts() async throws {
        let story = try Story()
        defer { story.remove() }
        let server = try await story.serve()
        defer { server.killNow() }
        let web = WebClient(base: server.url)
        let port = server.url.port!
        // A DNS-rebinding page reaches 127.0.0.1 under a name of its own, even one that starts like an address.
        for name in ["evil.example", "127.0.0.1.evil.example", "127.evil.example", "localhost.evil.example"] {
            #expect(try await web.get("/", headers: ["Host": "\(name):\(port)"]).status == 421, "\(name)")
        }
        for name in ["localhost", "127.0.0.1", "127.0.0.2"] {
            #expect(try await web.get("/", headers: ["Host": "\(name):\(port)"]).status == 200, "\(name)")
        }
        #expect(await server.stop() == 0, "SIGTERM stops the server cleanly")
        #expect(!server.stderr.contains("warning"))

        // Bound to every address the server still refuses names it was not given (0.0.0.0
        // listens on loopback too), and says it is not on loopback only.
        let open = try await story.serve(["--host", "0.0.0.0"])
        defer { open.killNow() }
        let openWeb = WebClient(base: URL(string: "http://127.0.0.1:\(open.url.port!)/")!)
        #expect(try await openWeb.get("/").status == 200)
        #expect(try await openWeb.get("/", headers: ["Host": "evil.example:\(open.url.port!)"]).status == 421)
        #expect(open.url.host == "0.0.0.0")
        #expect(await open.stderr(contains: "claims: warning: serving on 0.0.0.0, not loopback"))
        await open.stop()
    }

    @Test("bad options are usage errors")
    func usage() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try await Claims.run(["serve", "--port", "70000"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--port must be between 0 and 65535"))
    }

    @Test("a port in use is one clear line and exit 2")
    func portInUse() async throws {
        let story = try Story()
        defer { story.remove() }
        try await story.serving { server in
            let port = String(server.url.port!)
            let second = try await Claims.run(["serve", story.sources.path, "--port", port, "--ledger", story.ledger.path, "--quiet"],
                                              in: story.folder.url)
            #expect(second.status == 2)
            #expect(second.errorLines == ["claims: error: cannot serve on 127.0.0.1:\(port): the port is in use (choose another with --port, or --port 0 for a free one)"],
                    "\(second.stderr)")
        }
    }
}
