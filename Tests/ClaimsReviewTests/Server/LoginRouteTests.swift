import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ClaimsReview

/// The review server on a ledger with reviewer accounts, in process: no page without a login, no
/// decision without the session's token, and a decision recorded under the session's account.
@Suite("review server with reviewer accounts")
struct LoginRouteTests {
    static let password = "correct horse battery"

    /// A ledger (a file, or a new database on the test PostgreSQL server) with a conflict and
    /// the accounts Lan and Binh, in a folder of its own; `remove` drops both.
    struct AccountsStory {
        let folder: TemporaryFolder
        let backend: Backend
        let ledger: Ledger
        let conflict: String
        let location: String

        init(_ label: String, _ backend: Backend) async throws {
            folder = try TemporaryFolder(label)
            self.backend = backend
            (ledger, conflict, location) = try await LoginRouteTests.ledger(in: folder, backend)
        }

        func remove() {
            folder.remove()
            if backend == .postgres { TestPostgres.dropDatabase(location) }
        }
    }

    static func ledger(in folder: TemporaryFolder, _ backend: Backend) async throws -> (Ledger, conflict: String, location: String) {
        try folder.write("en/a.txt", "Acme invested $2 billion in Beta.\n")
        try folder.write("en/b.txt", "Acme invested $5 billion in Beta.\n")
        let path = backend == .sqlite ? folder.path("ledger.sqlite").path : try await TestPostgres.createDatabase()
        let check = try await Claims.run(["check", "en", "--language", "en", "--quiet", "--ledger", path], in: folder.url)
        try #require(check.status == 0, "\(check.summary)")
        let ledger = try Ledger(path: path)
        try ledger.addReviewer("Lan", password: password)
        try ledger.addReviewer("Binh", password: password)
        return (ledger, try #require(try ledger.conflicts().first?.id), path)
    }

    /// The server over `ledger`, logins required.
    static func server(_ ledger: Ledger) -> ReviewServer {
        ReviewServer(workspace: ReviewWorkspace(ledger: ledger, reading: CheckResult(documents: [], claims: [], findings: [])), requireLogin: true)
    }

    static func cookie(_ response: TestResponse) -> String? {
        guard let value = response.headers[.setCookie], let pair = value.split(separator: ";").first, pair.hasPrefix("claims_session=") else { return nil }
        return String(pair)
    }

    static func token(_ response: TestResponse) -> String? {
        String(buffer: response.body).firstMatch(of: /name="token" value="([0-9a-f]{64})"/).map { String($0.1) }
    }

    static func form(_ fields: [String: String]) -> ByteBuffer {
        ByteBuffer(string: fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&"))
    }

    static let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// Logs `name` in from a new browser; its session cookie and a token for it.
    static func login(_ client: some TestClientProtocol, _ name: String, password: String = password) async throws -> (cookie: String, token: String) {
        let page = try await client.execute(uri: "/login", method: .get)
        let cookie = try #require(Self.cookie(page))
        let token = try #require(Self.token(page))
        var headers = formType
        headers[.cookie] = cookie
        let answer = try await client.execute(uri: "/login", method: .post, headers: headers,
                                              body: form(["token": token, "name": name, "password": password]))
        try #require(answer.status == .seeOther, "\(String(buffer: answer.body))")
        let session = try #require(Self.cookie(answer))
        #expect(session != cookie, "a login starts a new session")
        let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: session])
        return (session, try #require(Self.token(home)))
    }

    @Test("every page needs a login; a wrong password or a missing token is refused", arguments: Backend.available)
    func pagesNeedLogin(_ backend: Backend) async throws {
        let story = try await AccountsStory("login-pages", backend)
        defer { story.remove() }
        let (ledger, conflict, server) = (story.ledger, story.conflict, Self.server(story.ledger))
        try await Application(router: server.router()).test(.router) { client in
            for path in ["/", "/conflicts/\(conflict)", "/sources", "/overview", "/report"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .seeOther && response.headers[.location] == "/login", "GET \(path)")
            }
            let post = try await client.execute(uri: "/conflicts/\(conflict)/decision", method: .post, headers: Self.formType,
                                                body: Self.form(["decision": "confirm", "reviewer": "Lan"]))
            #expect(post.status == .unauthorized)

            let page = try await client.execute(uri: "/login", method: .get)
            #expect(page.status == .ok)
            let cookie = try #require(Self.cookie(page))
            let token = try #require(Self.token(page))
            var headers = Self.formType
            headers[.cookie] = cookie
            let wrong = try await client.execute(uri: "/login", method: .post, headers: headers,
                                                 body: Self.form(["token": token, "name": "Lan", "password": "not the password"]))
            #expect(wrong.status == .unauthorized)
            #expect(String(buffer: wrong.body).contains("Unknown reviewer or wrong password."))
            #expect(Self.cookie(wrong) == nil, "no session for a failed login")
            let tokenless = try await client.execute(uri: "/login", method: .post, headers: headers,
                                                     body: Self.form(["name": "Lan", "password": Self.password]))
            #expect(tokenless.status == .forbidden)
        }
        #expect(try ledger.conflict(conflict).events.count == 1, "nothing recorded")
    }

    @Test("a decision is recorded under the session's account; another session's token is refused", arguments: Backend.available)
    func decisionsByAccount(_ backend: Backend) async throws {
        let story = try await AccountsStory("login-decide", backend)
        defer { story.remove() }
        let (ledger, conflict, server) = (story.ledger, story.conflict, Self.server(story.ledger))
        try await Application(router: server.router()).test(.router) { client in
            let lan = try await Self.login(client, "Lan")
            let binh = try await Self.login(client, "Binh")
            var headers = Self.formType
            // Binh's browser, Lan's token: refused.
            headers[.cookie] = binh.cookie
            let crossed = try await client.execute(uri: "/conflicts/\(conflict)/decision", method: .post, headers: headers,
                                                   body: Self.form(["token": lan.token, "decision": "note", "note": "x", "reviewer": "Lan"]))
            #expect(crossed.status == .forbidden)
            // Lan's session, a form claiming to be Mallory: recorded as Lan.
            headers[.cookie] = lan.cookie
            let decided = try await client.execute(uri: "/conflicts/\(conflict)/decision", method: .post, headers: headers,
                                                   body: Self.form(["token": lan.token, "decision": "dismiss", "note": "same figure", "reviewer": "Mallory"]))
            #expect(decided.status == .seeOther, "\(String(buffer: decided.body))")
            // Logged out, the session decides nothing more.
            let out = try await client.execute(uri: "/logout", method: .post, headers: headers, body: Self.form(["token": lan.token]))
            #expect(out.status == .seeOther)
            let after = try await client.execute(uri: "/conflicts/\(conflict)/decision", method: .post, headers: headers,
                                                 body: Self.form(["token": lan.token, "decision": "note", "note": "again"]))
            #expect(after.status == .unauthorized)
        }
        let events = try ledger.conflict(conflict).events.filter { $0.type != .detected }
        #expect(events.map(\.actor) == ["Lan"])
        #expect(events.map(\.type) == [.dismissed])
    }
}
