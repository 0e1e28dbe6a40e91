import ClaimsLedger
import Foundation
import HTTPTypes
import Hummingbird

extension ReviewServer {
    /// A login posted from /login: the form's token must match the browser's session, the name
    /// and password must log in to the ledger (bcrypt, off the server's task pool); then a new
    /// session carries the account. The password is neither kept nor logged.
    func login(_ request: Request, logins: Logins) async throws -> Response {
        let body = try await request.body.collect(upTo: 16 * 1024)
        let form = (try? URLEncodedFormDecoder().decode(LoginForm.self, from: String(buffer: body))) ?? LoginForm()
        guard let session = sessions.existingSession(from: request), let token = form.token,
              sessions.isValid(token: token, for: session) else {
            return Self.html(pages.message("Refused: this form's session token is missing or does not match. Reload the login page.",
                                           frame: PageFrame(title: "Refused", section: "Log in"), ledger: nil), status: .forbidden)
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
        let body = try await request.body.collect(upTo: 16 * 1024)
        let form = (try? URLEncodedFormDecoder().decode(LoginForm.self, from: String(buffer: body))) ?? LoginForm()
        guard let session = sessions.existingSession(from: request), let token = form.token, sessions.isValid(token: token, for: session) else {
            return Self.html(pages.message("Refused: this form's session token is missing or does not match.",
                                           frame: PageFrame(title: "Refused", section: ""), ledger: nil), status: .forbidden)
        }
        logins.remove(session: session)
        var response = Response(status: .seeOther, headers: [.location: "/login"])
        Self.secure(&response.headers)
        return response
    }
}
