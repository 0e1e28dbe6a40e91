import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A small HTTP client for driving the review server like a browser would, but in plain sight:
/// redirects are not followed (a test sees the 303) and cookies are kept by hand, so a test can
/// also play a second browser or a forger without the session cookie.
final class WebClient: Sendable {
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: String

        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    let base: URL
    let session: URLSession
    private let jar = CookieJar()

    init(base: URL) {
        self.base = base
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.connectionProxyDictionary = [:]
        configuration.timeoutIntervalForRequest = 30
        session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }

    var cookieHeader: String? { jar.header }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!.absoluteURL)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        return try await send(request)
    }

    /// Posts a form, url-encoded as a browser does.
    func post(_ path: String, form: [(String, String)], cookies: Bool = true) async throws -> Reply {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!.absoluteURL)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._*"))
        request.httpBody = Data(form.map { name, value in
            let encoded = value.addingPercentEncoding(withAllowedCharacters: allowed.union(.whitespaces))!.replacingOccurrences(of: " ", with: "+")
            return "\(name)=\(encoded)"
        }.joined(separator: "&").utf8)
        return try await send(request, cookies: cookies)
    }

    private func send(_ request: URLRequest, cookies: Bool = true) async throws -> Reply {
        var request = request
        if cookies, let header = jar.header { request.setValue(header, forHTTPHeaderField: "Cookie") }
        let (data, response) = try await session.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key] = value }
        }
        if let setCookie = headers.first(where: { $0.key.lowercased() == "set-cookie" })?.value { jar.take(setCookie) }
        return Reply(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
    }

    /// The form token on a page (every decision form carries the same one).
    static func token(in page: String) -> String? {
        guard let range = page.range(of: #"name="token" value="[0-9a-f]+""#, options: .regularExpression) else { return nil }
        return String(page[range].dropFirst(#"name="token" value=""#.count).dropLast())
    }
}

/// Cookies set by the server, name → value.
private final class CookieJar: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var values: [String: String] = [:]

    var header: String? {
        lock.lock(); defer { lock.unlock() }
        return values.isEmpty ? nil : values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    /// One or more Set-Cookie values (Foundation joins repeated headers with ", ").
    func take(_ setCookie: String) {
        lock.lock(); defer { lock.unlock() }
        for part in setCookie.components(separatedBy: ", ") {
            let pair = part.split(separator: ";", maxSplits: 1).first.map(String.init) ?? part
            let nameValue = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if nameValue.count == 2 { values[nameValue[0].trimmingCharacters(in: .whitespaces)] = nameValue[1] }
        }
    }
}

private final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

