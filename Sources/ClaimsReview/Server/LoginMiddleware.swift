import ClaimsLedger
import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// The reviewers logged in to the server, by browser session. A login starts a new session
/// (the id the browser had before is not trusted with an account), so a session id planted in a
/// browser before its reviewer logs in is worth nothing.
final class Logins: Sendable {
    private let table = Mutex<[String: ReviewerAccount]>([:])

    func account(for session: String?) -> ReviewerAccount? {
        guard let session else { return nil }
        return table.withLock { $0[session] }
    }

    func add(_ account: ReviewerAccount, session: String) { table.withLock { $0[session] = account } }

    func remove(session: String) { _ = table.withLock { $0.removeValue(forKey: session) } }
}

/// On a ledger with reviewer accounts, every page but the login page needs a logged-in session:
/// a GET is sent to /login, anything else is refused with 401.
struct LoginMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let logins: Logins
    let sessions: SessionTokens
    let pages: ReviewPages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path == "/login" || logins.account(for: sessions.existingSession(from: request)) != nil {
            return try await next(request, context)
        }
        if request.method == .get || request.method == .head {
            var response = Response(status: .seeOther, headers: [.location: "/login"])
            ReviewServer.secure(&response.headers)
            return response
        }
        return ReviewServer.html(pages.message("Refused: log in first; this ledger's decisions come from reviewer accounts.",
                                               frame: PageFrame(title: "Log in first", section: ""), ledger: nil), status: .unauthorized)
    }
}

/// A login form as posted.
struct LoginForm: Decodable, FormWithToken {
    var token: String?
    var name: String?
    var password: String?
}
