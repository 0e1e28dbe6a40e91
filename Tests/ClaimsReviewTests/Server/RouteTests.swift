import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ClaimsReview

/// The review server's routes, run in process through HummingbirdTesting on an empty ledger.
@Suite("review routes in process")
struct RouteTests {
    /// A server over a new, empty ledger in `folder`.
    static func server(in folder: TemporaryFolder) throws -> ReviewServer {
        let ledger = try Ledger(path: folder.path("ledger.sqlite").path)
        return ReviewServer(workspace: ReviewWorkspace(ledger: ledger, reading: CheckResult(documents: [], claims: [], findings: [])))
    }

    @Test("HEAD is answered as GET without the body: same status and headers, the GET's length")
    func head() async throws {
        let folder = try TemporaryFolder("routes-head")
        defer { folder.remove() }
        let app = Application(router: try Self.server(in: folder).router())
        try await app.test(.router) { client in
            for path in ["/", "/sources", "/overview"] {
                let get = try await client.execute(uri: path, method: .get)
                let head = try await client.execute(uri: path, method: .head)
                #expect(get.status == .ok, "GET \(path)")
                #expect(head.status == .ok, "HEAD \(path)")
                #expect(head.body.readableBytes == 0, "HEAD \(path) sent a body")
                #expect(head.headers[.contentLength] == String(get.body.readableBytes), "HEAD \(path)")
                #expect(head.headers[.contentType] == get.headers[.contentType])
                #expect(head.headers[.contentSecurityPolicy] == get.headers[.contentSecurityPolicy])
            }
            let missing = try await client.execute(uri: "/no/such/page", method: .head)
            #expect(missing.status == .notFound)
            #expect(missing.body.readableBytes == 0)
        }
    }
}
