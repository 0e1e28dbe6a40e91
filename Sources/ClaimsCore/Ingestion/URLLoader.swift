import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches `http(s)` sources with URLSession (libcurl on Linux): a time limit, a size cap
/// enforced while downloading, a bounded number of redirects, and clear errors for HTTP
/// failures and unreachable hosts. Fetched pages are cached so a re-run works offline.
public struct URLLoader: SourceLoader {
    public let limits: LoaderLimits
    public let cache: FetchCache?
    /// Fetch again even when a cached copy exists.
    public let refresh: Bool
    public var kind: String { "url" }

    public init(limits: LoaderLimits = .default, cache: FetchCache? = nil, refresh: Bool = false) {
        self.limits = limits
        self.cache = cache
        self.refresh = refresh
    }

    public func canLoad(_ request: SourceRequest) -> Bool {
        if case .web = request.info.location { return true }
        return false
    }

    public func load(_ request: SourceRequest) async throws(SourceError) -> LoadedText {
        guard case .web(let url) = request.info.location else {
            throw SourceError(source: request.info.displayName, problem: "not a URL")
        }
        let name = request.info.displayName
        let page: FetchedPage
        if !refresh, let cached = cache?.lookup(url) {
            page = cached
        } else {
            page = try await fetch(url, source: name)
            cache?.store(page)
        }
        return try Self.decode(page, declaredCharset: request.declaredCharset, source: name)
    }

    /// Turns fetched bytes into text according to their content type.
    static func decode(_ page: FetchedPage, declaredCharset: String?, source: String) throws(SourceError) -> LoadedText {
        let mime = page.contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let charset = declaredCharset ?? page.charset
        if mime == "text/html" || mime == "application/xhtml+xml" || (mime.isEmpty && ContentSniffer.looksLikeHTML(page.body)) {
            return try HTMLLoader.parse(page.body, declaredCharset: charset, source: source)
        }
        if mime.hasPrefix("text/") || mime.isEmpty {
            if ContentSniffer.looksLikeHTML(page.body) {
                return try HTMLLoader.parse(page.body, declaredCharset: charset, source: source)
            }
            if let charset, !["utf-8", "utf8", "us-ascii"].contains(charset.lowercased()) {
                throw SourceError(source: source, problem: "text in \(charset); only UTF-8 plain text is read")
            }
            return try PlainTextLoader.parse(page.body, source: source)
        }
        throw SourceError(source: source, problem: "unsupported content type \(mime); expected HTML or plain text")
    }

    func fetch(_ url: URL, source: String) async throws(SourceError) -> FetchedPage {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw SourceError(source: source, problem: "only http and https URLs can be fetched")
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = limits.fetchTimeout
        configuration.timeoutIntervalForResource = limits.fetchTimeout
        configuration.httpAdditionalHeaders = ["User-Agent": "claims/\(ClaimsVersion.current) (claim-verification workbench)"]
        let delegate = CappedDownload(maxBytes: limits.maxBytes, maxRedirects: limits.maxRedirects)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.timeoutInterval = limits.fetchTimeout
        let outcome = await delegate.run(session.dataTask(with: request), deadline: limits.fetchTimeout)
        switch outcome {
        case .failure(let problem):
            throw SourceError(source: source, problem: problem)
        case .success(let response, let body):
            guard (200..<300).contains(response.statusCode) else {
                let reason = HTTPURLResponse.localizedString(forStatusCode: response.statusCode)
                throw SourceError(source: source, problem: "HTTP \(response.statusCode) \(reason.capitalized)")
            }
            if body.isEmpty { throw SourceError(source: source, problem: "the server sent an empty page") }
            return FetchedPage(url: url, finalURL: response.url ?? url,
                               contentType: response.value(forHTTPHeaderField: "Content-Type"),
                               fetched: Date(), body: body)
        }
    }

    /// A readable reason for a transport error.
    static func describe(_ error: any Error, timeout: TimeInterval) -> String {
        guard let urlError = error as? URLError else { return error.localizedDescription }
        switch urlError.code {
        case .cannotConnectToHost: return "connection refused"
        case .timedOut: return "no answer within \(Int(timeout)) s"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .notConnectedToInternet, .networkConnectionLost: return "no network connection"
        case .httpTooManyRedirects, .redirectToNonExistentLocation: return "too many redirects"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return "TLS failure: \(urlError.localizedDescription)"
        case .unsupportedURL: return "unsupported URL"
        default: return "fetch failed: \(urlError.localizedDescription)"
        }
    }
}

/// A page as fetched, kept in the cache with what is needed to read it again offline.
public struct FetchedPage: Codable, Sendable {
    public var url: URL
    public var finalURL: URL
    public var contentType: String?
    public var fetched: Date
    public var body: Data

    /// The charset named in the Content-Type header, if any.
    public var charset: String? {
        guard let contentType, let range = contentType.lowercased().range(of: "charset=") else { return nil }
        let value = contentType[range.upperBound...].prefix { $0 != ";" }
        let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// Collects a response body, cancelling the download once it passes the size cap, and counts
/// redirects. URLSession calls it on its own queue; the lock guards its state.
final class CappedDownload: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    enum Outcome: Sendable {
        case success(HTTPURLResponse, Data)
        case failure(String)
    }

    private let maxBytes: Int
    private let maxRedirects: Int
    private let lock = NSLock()
    private var body = Data()
    private var response: HTTPURLResponse?
    private var redirects = 0
    private var problem: String?
    private var continuation: CheckedContinuation<Outcome, Never>?
    private var timeout: TimeInterval = 0

    init(maxBytes: Int, maxRedirects: Int) {
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }

    /// Runs the task to its end or to `deadline` seconds after it starts, whichever comes first.
    /// URLSession's own timeouts bound the silence between bytes (and libcurl's resource timeout
    /// is not applied): a server sending a byte a second would hold the run for ever. The deadline
    /// covers connecting, headers and body; when it passes the task is cancelled and the answer is
    /// given at once, whatever the transport does next.
    func run(_ task: URLSessionDataTask, deadline: TimeInterval) async -> Outcome {
        await withCheckedContinuation { continuation in
            lock.withLock { self.continuation = continuation }
            task.resume()
            DispatchQueue.global().asyncAfter(deadline: .now() + deadline) { [self] in expire(task, after: deadline) }
        }
    }

    /// The deadline passed: answer with it unless the task already ended.
    private func expire(_ task: URLSessionDataTask, after seconds: TimeInterval) {
        let continuation: CheckedContinuation<Outcome, Never>? = lock.withLock {
            let pending = self.continuation
            self.continuation = nil
            return pending
        }
        guard let continuation else { return }
        task.cancel()
        let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
        continuation.resume(returning: .failure("not fetched within \(shown) s (the whole fetch, connection to last byte); \(ByteCount(lock.withLock { body.count })) received"))
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let allow: Bool = lock.withLock {
            self.response = response as? HTTPURLResponse
            if response.expectedContentLength > Int64(maxBytes) {
                problem = "too large: the server announces \(ByteCount(Int(response.expectedContentLength))), over the \(ByteCount(maxBytes)) limit"
                return false
            }
            return true
        }
        completionHandler(allow ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow: Bool = lock.withLock {
            body.append(data)
            if body.count > maxBytes, problem == nil {
                problem = "too large: over the \(ByteCount(maxBytes)) limit"
                return true
            }
            return false
        }
        if overflow { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let follow: Bool = lock.withLock {
            redirects += 1
            if redirects > maxRedirects {
                problem = "more than \(maxRedirects) redirects"
                return false
            }
            return true
        }
        if follow {
            completionHandler(request)
        } else {
            completionHandler(nil)
            task.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, outcome): (CheckedContinuation<Outcome, Never>?, Outcome) = lock.withLock {
            let outcome: Outcome
            if let problem {
                outcome = .failure(problem)
            } else if let error {
                outcome = .failure(URLLoader.describe(error, timeout: task.originalRequest?.timeoutInterval ?? 0))
            } else if let response {
                outcome = .success(response, body)
            } else {
                outcome = .failure("no HTTP response")
            }
            let continuation = self.continuation
            self.continuation = nil
            return (continuation, outcome)
        }
        continuation?.resume(returning: outcome)
    }
}

/// Fetched pages on disk under the workbench (`Claims/cache/`), one JSON file a URL.
public struct FetchCache: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    func file(for url: URL) -> URL {
        directory.appendingPathComponent(StableHash.hex(of: url.absoluteString) + ".json")
    }

    public func lookup(_ url: URL) -> FetchedPage? {
        guard let data = try? Data(contentsOf: file(for: url)) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(FetchedPage.self, from: data)
    }

    /// Writes atomically, so a killed run never leaves a half-written page behind. A cache
    /// that cannot be written only costs a re-fetch next time.
    public func store(_ page: FetchedPage) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(page).write(to: file(for: page.url), options: .atomic)
        } catch {
            return
        }
    }
}
