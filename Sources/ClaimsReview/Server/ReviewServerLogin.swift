import ClaimsLedger
import Foundation
import HTTPTypes
import Hummingbird

extension ReviewServer {
    /// A login posted from /login: the form's token must match the browser's session, the name
    /// and password must log in to the ledger (bcrypt, off the server's task pool); then a new
    /// session carries the account. The password is neither kept nor logged.
    func login(_ request: Request, logins: Logins) async throws -> Response {
        let (session, form): (String, LoginForm)
        switch try await tokenChecked(request, as: LoginForm(), limit: 16 * 1024) {
        case .accepted(let accepted, let posted): (session, form) = (accepted, posted)
        case .refused: return refusal("Reload the login page.", section: "Log in")
        }
        let name = Self.plain(form.name)
        let password = form.password ?? ""
        let ledger = workspace.ledger
        do {
            let account = try await Self.offPool { try ledger.login(name, password: password) }
            logins.remove(session: session)
            let fresh = SessionTokens.randomHex(16)
            logins.add(account, session: fresh)
            var response = Response(status: .seeOther, headers: [.location: "/"])
            Self.secure(&response.headers)
            response.setCookie(sessions.cookie(for: fresh))
            return response
        } catch let error as LedgerError {
            let problem = error.kind.refusedRule?.sentence ?? error.problem
            return try page(request, section: "Log in", error: problem, status: error.kind == .database ? .internalServerError : .unauthorized) { frame in
                var frame = frame
                frame.reviewer = name
                return pages.login(frame: frame)
            }
        }
    }

    /// Ends the session's login; the form's token must match, as for a decision.
    func logout(_ request: Request, logins: Logins) async throws -> Response {
        guard case .accepted(let session, _) = try await tokenChecked(request, as: LoginForm(), limit: 16 * 1024) else {
            return refusal("Reload the page.", section: "")
        }
        logins.remove(session: session)
        var response = Response(status: .seeOther, headers: [.location: "/login"])
        Self.secure(&response.headers)
        return response
    }
}
