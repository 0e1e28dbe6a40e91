import HTTPTypes
import Hummingbird

/// Answers HEAD as GET without the body: the same status and headers, the length of the body a
/// GET would get, and no page. Link checkers and monitors ask HEAD first; a 404 told them the
/// workbench was down. The pages are routed for both methods with `Router.page`.
struct HeadMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .head else { return try await next(request, context) }
        var response = try await next(request, context)
        // A body that says the GET's length and writes nothing: the server states the length.
        response.body = ResponseBody(contentLength: response.body.contentLength ?? 0) { _ in }
        return response
    }
}

extension Router {
    /// A page: answered to GET, and to HEAD by the same handler (`HeadMiddleware` drops the body).
    @discardableResult
    func page(_ path: RouterPath, use handler: @escaping @Sendable (Request, Context) async throws -> some ResponseGenerator) -> Self {
        get(path, use: handler)
        return head(path, use: handler)
    }
}
