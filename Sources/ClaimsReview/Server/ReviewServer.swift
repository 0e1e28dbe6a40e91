import ClaimsCore
import ClaimsLedger
import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The browser workbench: server-rendered pages over the same ledger as `claims review`.
///
/// Security: every string from a source is escaped by the templates; the pages run no script and
/// say so in their Content-Security-Policy; a decision is a POST that must carry the token derived
/// from the browser's session cookie (so another site cannot post one for the reviewer); and on a
/// loopback address only requests naming a loopback host are answered, so a DNS-rebinding page
/// cannot reach the server through a name of its own. On a ledger with reviewer accounts every
/// page needs a login (LoginMiddleware), and a decision is recorded under the session's account,
/// whatever name the form carries.
public struct ReviewServer: Sendable {
    public var workspace: ReviewWorkspace
    public var host: String
    public var port: Int
    let pages = ReviewPages()
    let sessions: SessionTokens
    /// The logged-in sessions, when the ledger has reviewer accounts; nil when it has none.
    let logins: Logins?

    public init(workspace: ReviewWorkspace, host: String = "127.0.0.1", port: Int = 8080, requireLogin: Bool = false) {
        self.workspace = workspace
        self.host = host
        self.port = port
        self.sessions = SessionTokens()
        self.logins = requireLogin ? Logins() : nil
    }

    /// Whether an address is a loopback one (the default, and the only one served without a
    /// warning): `localhost`, `::1`, or an IPv4 literal in 127.0.0.0/8. A name that merely starts
    /// with "127." (127.0.0.1.evil.example) is not.
    public static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased()
        if name == "localhost" || name == "::1" { return true }
        guard let address = ipv4(name) else { return false }
        return address.0 == 127
    }

    /// The four bytes of a dotted IPv4 literal, or nil for anything else.
    static func ipv4(_ text: String) -> (UInt8, UInt8, UInt8, UInt8)? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        let value = UInt32(bigEndian: address.s_addr)
        return (UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }

    /// Whether a name is an IP literal (v4 or v6), which DNS rebinding cannot use.
    static func isIPLiteral(_ text: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }

    /// Serves until the task is cancelled or, with `handleSignals`, SIGTERM or SIGINT arrives
    /// (then it stops gracefully). `onReady` gets the address bound (port 0 picks a free port).
    public func run(handleSignals: Bool = true, onReady: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "claims.serve")
        logger.logLevel = .warning
        let host = self.host
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                onReady("http://\(shown):\(port)/")
            },
            logger: logger
        )
        if handleSignals { try await app.runService() } else { try await app.runService(gracefulShutdownSignals: []) }
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: HeadMiddleware())
        router.add(middleware: GuardMiddleware(boundName: host.lowercased(), pages: pages))
        if let logins {
            router.add(middleware: LoginMiddleware(logins: logins, sessions: sessions, pages: pages))
            router.page("/login") { request, _ in
                try self.page(request, section: "Log in") { frame in self.pages.login(frame: frame) }
            }
            router.post("/login") { request, _ in try await self.login(request, logins: logins) }
            router.post("/logout") { request, _ in try await self.logout(request, logins: logins) }
        }
        router.page("/") { request, _ in
            try self.page(request, section: "Conflicts") { frame in
                let page = request.uri.queryParameters.get("page").flatMap { Int(String($0)) } ?? 1
                return try self.pages.conflictList(self.workspace, filter: Self.filter(request), page: page, frame: frame)
            }
        }
        router.page("/conflicts/:id") { request, context in
            let id = try Self.pathID(context)
            // After a decision the browser lands here (POST-redirect-GET); say it was recorded.
            let decided = request.uri.queryParameters.get("decided").flatMap { Decision(rawValue: String($0)) }
            let notice = decided.map { "Recorded in the ledger: \($0 == .note ? "your note" : "your decision (\($0.rawValue))")." }
            return try self.page(request, section: "Conflicts", notice: notice) { frame in try self.pages.conflict(self.workspace, id: id, frame: frame) }
        }
        router.post("/conflicts/:id/decision") { request, context in
            let id = try Self.pathID(context)
            return try await self.decide(request, id: id)
        }
        router.page("/sources") { request, _ in
            try self.page(request, section: "Sources") { frame in try self.pages.sources(self.workspace, frame: frame) }
        }
        router.page("/sources/:id") { request, context in
            let id = try Self.pathID(context)
            return try self.page(request, section: "Sources") { frame in
                guard let html = try self.pages.source(self.workspace, id: id, frame: frame) else {
                    throw PageError(status: .notFound, message: "No source \(id) was read in this session.")
                }
                return html
            }
        }
        router.page("/overview") { request, _ in
            try self.page(request, section: "Overview") { frame in try self.pages.overview(self.workspace, frame: frame) }
        }
        router.page("/report") { request, _ in
            try self.page(request, section: "Overview") { _ in try self.pages.report(self.workspace, title: "Claims report") }
        }
        return router
    }

    /// A path's id, percent-decoded (Hummingbird leaves path parameters as sent): source ids are
    /// file names, often Vietnamese or Chinese.
    static func pathID(_ context: BasicRequestContext) throws -> String {
        let raw = try context.parameters.require("id")
        return raw.removingPercentEncoding ?? raw
    }

    static func filter(_ request: Request) -> ConflictFilter {
        let query = request.uri.queryParameters
        func value(_ name: String) -> String? {
            // Hummingbird has already percent-decoded the value.
            guard let text = query.get(name).map({ String($0) }), !text.isEmpty else { return nil }
            return text
        }
        return ConflictFilter(status: value("status").flatMap(ReviewStatus.init(rawValue:)), kind: value("kind"), source: value("source"))
    }

    /// A page for a GET: the session cookie is issued when the browser has none, and the forms
    /// carry the token derived from it.
    func page(_ request: Request, section: String, notice: String? = nil, error: String? = nil,
              status: HTTPResponse.Status = .ok, _ body: (PageFrame) throws -> String) throws -> Response {
        let (session, isNew) = sessions.session(from: request)
        var frame = PageFrame(title: section, section: section, error: error, notice: notice)
        frame.token = sessions.token(for: session)
        frame.reviewer = request.cookies["claims_reviewer"].flatMap { $0.value.removingPercentEncoding } ?? ""
        if let account = logins?.account(for: isNew ? nil : session) {
            frame.reviewer = account.name
            frame.account = account.name
        }
        let html: String
        do { html = try body(frame) } catch let failure as LedgerError {
            let missing = failure.kind == .notFound || failure.kind == .ambiguous
            return Self.html(pages.message(failure.problem, frame: PageFrame(title: missing ? "Not found" : "Ledger error", section: section),
                                           ledger: nil), status: missing ? .notFound : .internalServerError)
        } catch let failure as PageError {
            return Self.html(pages.message(failure.message, frame: PageFrame(title: "Not found", section: section), ledger: workspace.ledger),
                             status: failure.status)
        }
        var response = Self.html(html, status: status)
        if isNew { response.setCookie(sessions.cookie(for: session)) }
        return response
    }

    /// A decision posted from a conflict page: checked, then recorded exactly as `claims review`
    /// records it; on success the browser is sent back to the conflict (POST-redirect-GET).
    func decide(_ request: Request, id: String) async throws -> Response {
        let (session, form): (String, DecisionForm)
        switch try await tokenChecked(request, as: DecisionForm(), limit: 64 * 1024) {
        case .accepted(let accepted, let posted): (session, form) = (accepted, posted)
        case .refused: return refusal("Reload the conflict page and decide again.", section: "Conflicts")
        }
        // With accounts, the session's account decides, whatever name the form carries.
        let account = logins?.account(for: session)
        let reviewer = account?.name ?? Self.plain(form.reviewer)
        let note = Self.plain(form.note)
        let decision = Decision(rawValue: form.decision ?? "")
        // A correct source belongs to a confirmation only, as in `claims review`.
        let correct = decision == .confirm ? Self.plain(form.correct_source) : ""
        var problem: String?
        // The rules are the ledger's (DecisionRule): a refusal comes back with the rule it broke.
        if decision == nil { problem = "Choose confirm, dismiss or note." }
        if problem == nil, let decision {
            do {
                // On a thread of its own: a write can wait out the ledger's busy timeout while
                // `claims check` holds the lock, and must not hold up the server's other requests.
                let ledger = workspace.ledger
                let decided = try await Self.offPool {
                    try ledger.decide(id, decision: decision, correctSource: correct.isEmpty ? nil : correct,
                                      note: note.isEmpty ? nil : note, reviewer: reviewer, account: account)
                }
                var response = Response(status: .seeOther, headers: [.location: "/conflicts/\(ReviewWorkspace.percentEncoded(decided.conflictId))?decided=\(decision.rawValue)"])
                Self.secure(&response.headers)
                response.setCookie(Cookie(name: "claims_reviewer", value: ReviewWorkspace.percentEncoded(reviewer), maxAge: 30 * 86_400,
                                          path: "/", httpOnly: true, sameSite: .lax))
                return response
            } catch let error as LedgerError {
                switch error.kind {
                case .notFound, .ambiguous:
                    return Self.html(pages.message(error.problem, frame: PageFrame(title: "Not found", section: "Conflicts"), ledger: workspace.ledger),
                                     status: .notFound)
                case .decision(let rule):
                    problem = rule.sentence
                case .missing, .database:
                    return Self.html(pages.message(error.problem, frame: PageFrame(title: "Ledger error", section: "Conflicts"), ledger: nil),
                                     status: .internalServerError)
                }
            }
        }
        // Show the conflict again with the problem and what was typed, nothing recorded.
        return try page(request, section: "Conflicts", error: problem, status: .badRequest) { frame in
            var frame = frame
            frame.reviewer = reviewer
            return try pages.conflict(workspace, id: id, frame: frame)
        }
    }

    /// A posted form whose token matches the browser's session, or a refusal.
    enum Posted<Form> {
        case accepted(session: String, form: Form)
        case refused
    }

    /// Collects a form (up to `limit` bytes) and checks its token against the session cookie:
    /// every POST goes through here, so none is acted on without the session's token.
    func tokenChecked<Form: Decodable & FormWithToken>(_ request: Request, as empty: Form, limit: Int) async throws -> Posted<Form> {
        let body = try await request.body.collect(upTo: limit)
        let form = (try? URLEncodedFormDecoder().decode(Form.self, from: String(buffer: body))) ?? empty
        guard let session = sessions.existingSession(from: request), let token = form.token,
              sessions.isValid(token: token, for: session) else { return .refused }
        return .accepted(session: session, form: form)
    }

    /// The page refusing a form without its session's token (403).
    func refusal(_ advice: String, section: String) -> Response {
        Self.html(pages.message("Refused: this form's session token is missing or does not match. \(advice)",
                                frame: PageFrame(title: "Refused", section: section), ledger: nil), status: .forbidden)
    }

    /// Form text as recorded: trimmed, control characters (which a terminal would act on when
    /// `claims show` prints them) turned into spaces.
    static func plain(_ text: String?) -> String {
        var view = String.UnicodeScalarView()
        for scalar in (text ?? "").unicodeScalars {
            view.append(scalar.properties.generalCategory == .control ? " " : scalar)
        }
        return String(view).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs blocking work on a Dispatch thread, keeping the server's task pool free.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    static func html(_ text: String, status: HTTPResponse.Status) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        secure(&headers)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// No script, no outside resources, no framing, no referrer to the sources' sites.
    static func secure(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[.cacheControl] = "no-store"
    }
}

/// A page that does not exist.
struct PageError: Error {
    var status: HTTPResponse.Status
    var message: String
}

/// Answers only requests that name this server by an IP address, `localhost`, or the name it
/// was told to bind: a DNS-rebinding page reaches the server under a name of its own, and is
/// refused whatever address the server listens on (0.0.0.0 listens on loopback too).
struct GuardMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    /// The --host value, lowercased.
    let boundName: String
    let pages: ReviewPages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let host = request.head.authority ?? ""
        let name = Self.hostName(host)
        guard name == "localhost" || name == boundName || ReviewServer.isIPLiteral(name) else {
            return ReviewServer.html(pages.message("Refused: this server answers only to its address, not to the name \(host).",
                                                   frame: PageFrame(title: "Refused", section: ""), ledger: nil), status: .misdirectedRequest)
        }
        do { return try await next(request, context) } catch let error as HTTPError where error.status == .notFound {
            return ReviewServer.html(pages.message("There is no page at \(request.uri.path).", frame: PageFrame(title: "Not found", section: ""), ledger: nil),
                                     status: .notFound)
        }
    }

    /// The host name of a Host header, without its port ("[::1]:8080" → "::1").
    static func hostName(_ host: String) -> String {
        if host.hasPrefix("["), let end = host.firstIndex(of: "]") { return String(host[host.index(after: host.startIndex)..<end]) }
        if let colon = host.lastIndex(of: ":"), host.filter({ $0 == ":" }).count == 1 { return String(host[..<colon]).lowercased() }
        return host.lowercased()
    }
}

/// Browser sessions and their form tokens. A session is a random id in an HttpOnly, SameSite=Lax
/// cookie; its token is an HMAC of the id under a key made at start, so tokens need no storage
/// and die with the server.
struct SessionTokens: Sendable {
    /// The HMAC key's bytes (SymmetricKey itself is not Sendable).
    let secret: Data = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
    var key: SymmetricKey { SymmetricKey(data: secret) }
    static let cookieName = "claims_session"

    func session(from request: Request) -> (id: String, isNew: Bool) {
        if let id = existingSession(from: request) { return (id, false) }
        return (Self.randomHex(16), true)
    }

    func existingSession(from request: Request) -> String? {
        guard let value = request.cookies[Self.cookieName]?.value, value.count == 32, value.allSatisfy(\.isHexDigit) else { return nil }
        return value
    }

    func token(for session: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(session.utf8), using: key).map { String(format: "%02x", $0) }.joined()
    }

    func isValid(token: String, for session: String) -> Bool {
        // Compared in constant time, through the HMAC check itself.
        guard token.count == 64, let bytes = Self.bytes(hex: token) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(bytes, authenticating: Data(session.utf8), using: key)
    }

    func cookie(for session: String) -> Cookie {
        // Lax, not Strict: a reviewer arriving from a link elsewhere keeps the session (and the
        // tokens of open tabs); cross-site POSTs still go without it, and the token is the defence.
        Cookie(name: Self.cookieName, value: session, path: "/", httpOnly: true, sameSite: .lax)
    }

    static func randomHex(_ count: Int) -> String {
        SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { $0.map { String(format: "%02x", $0) }.joined() }
    }

    static func bytes(hex: String) -> Data? {
        var data = Data()
        var iterator = hex.utf8.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            guard let a = Self.nibble(high), let b = Self.nibble(low) else { return nil }
            data.append(a << 4 | b)
        }
        return data
    }

    static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// A decision form as posted; every field optional, so a missing one is told apart from a bad body.
/// A form that carries the session's token.
protocol FormWithToken {
    var token: String? { get }
}

struct DecisionForm: Decodable, FormWithToken {
    var token: String?
    var decision: String?
    var reviewer: String?
    var note: String?
    var correct_source: String?
}
