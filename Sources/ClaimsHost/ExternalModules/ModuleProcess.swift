import ClaimsCore
import Foundation

/// One running module process, spoken to in newline-delimited JSON (docs/module-protocol.md).
/// Requests go one at a time; a module that crashes, hangs past its time limit, writes
/// something that is not the expected JSON, or speaks another protocol version is stopped,
/// and every later request fails at once with the reason, so the run goes on without it.
/// The module's stderr goes to a log file, never into the report.
public final class ModuleProcess: @unchecked Sendable {
    public static let protocolVersion = 1

    public let manifest: ModuleManifest
    private let logURL: URL?
    private let lock = NSLock()
    private var process: SpawnedModule?
    private var input: FileHandle?
    private var output: FileHandle?
    private var reader: AnswerReader?
    private var failure: ModuleFailure?
    private var nextID = 0
    /// What the module said of itself in its handshake.
    public private(set) var handshake: [String: Any] = [:]

    public init(manifest: ModuleManifest, logURL: URL?) {
        self.manifest = manifest
        self.logURL = logURL
        _ = Self.ignoreBrokenPipes
    }

    /// A module that exits while the host writes to it must not take the host down with
    /// SIGPIPE: the write fails instead, and the module is reported.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    deinit { stop() }

    /// The reason the module was stopped, if it was.
    public var stoppedBecause: ModuleFailure? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    /// Sends one request and waits for its answer; starts the module on first use.
    public func request(_ type: String, _ payload: [String: Any]) -> Result<[String: Any], ModuleFailure> {
        lock.lock()
        defer { lock.unlock() }
        if let failure { return .failure(failure) }
        if process == nil, let problem = start() { return .failure(fail(problem)) }
        nextID += 1
        var message = payload
        message["type"] = type
        message["id"] = nextID
        if let problem = send(message) { return .failure(fail(problem)) }
        switch readMessage(timeout: manifest.requestTimeout) {
        case .failure(let problem):
            return .failure(fail(problem.reason))
        case .success(let answer):
            if answer["type"] as? String == "error" {
                // The module declined this request but is healthy: no stop.
                return .failure(ModuleFailure("the module reported an error: \(answer["message"] as? String ?? "no message")"))
            }
            guard answer["type"] as? String == "result", (answer["id"] as? Int) == nextID else {
                return .failure(fail("answered request \(nextID) with something other than its result"))
            }
            return .success(answer)
        }
    }

    /// Starts the module and completes the handshake, if not done yet; nil when it is ready.
    public func connect() -> ModuleFailure? {
        lock.lock()
        defer { lock.unlock() }
        if let failure { return failure }
        if process == nil, let problem = start() { return fail(problem) }
        return nil
    }

    /// Stops the module for a reason the host found in its answers (spans outside the text).
    public func stop(because reason: String) -> ModuleFailure {
        lock.lock()
        defer { lock.unlock() }
        return fail(reason)
    }

    /// Ends the module: a polite "bye", then a kill if it lingers.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard let process else { return }
        if process.isRunning(), failure == nil {
            _ = try? input?.write(contentsOf: Data("{\"type\":\"bye\"}\n".utf8))
            try? input?.close()
            let deadline = Date().addingTimeInterval(1)
            while process.isRunning(), Date() < deadline { usleep(10_000) }
        }
        // The whole group, always: a module that exited may have left children running.
        process.killGroup()
        try? input?.close()
        input = nil
        try? output?.close()
        output = nil
        reader = nil
        self.process = nil
    }

    private func fail(_ reason: String) -> ModuleFailure {
        let failure = ModuleFailure("stopped: \(reason)")
        self.failure = failure
        process?.killGroup()
        return failure
    }

    /// Launches the process and completes the handshake; returns a problem or nil.
    private func start() -> String? {
        guard manifest.protocol == Self.protocolVersion else {
            return "its manifest declares protocol \(manifest.protocol), the host speaks \(Self.protocolVersion)"
        }
        let process: SpawnedModule
        do {
            process = try SpawnedModule(command: manifest.command, folder: manifest.folder, memoryMB: manifest.limits?.memoryMB, log: logURL)
        } catch {
            return error.reason
        }
        self.process = process
        self.input = process.input
        self.output = process.output
        self.reader = AnswerReader(fd: process.output.fileDescriptor)
        let hello: [String: Any] = ["type": "hello", "protocol": Self.protocolVersion, "host": "claims", "host_version": ClaimsVersion.current]
        if let problem = send(hello) { return problem }
        // Starting an interpreter on a busy machine can take seconds: the handshake has its own
        // limit, at least ten seconds unless the manifest says otherwise.
        switch readMessage(timeout: manifest.startTimeout) {
        case .failure(let problem):
            return "no handshake: \(problem.reason)"
        case .success(let answer):
            guard answer["type"] as? String == "hello" else { return "the first message was not a hello" }
            guard let version = answer["protocol"] as? Int, version == Self.protocolVersion else {
                return "speaks protocol \(answer["protocol"].map { "\($0)" } ?? "?"), the host speaks \(Self.protocolVersion)"
            }
            handshake = answer
            return nil
        }
    }

    /// Writes one message, within the time limit: a module that stops reading its input would
    /// otherwise block the host once the pipe is full. The pipe is non-blocking and the wait is
    /// `poll`, on this thread: a write handed to a thread pool measured the pool's latency on a
    /// loaded machine, not the module.
    private func send(_ message: [String: Any]) -> String? {
        guard let input, let data = try? JSONSerialization.data(withJSONObject: message, options: [.withoutEscapingSlashes]) else {
            return "the request could not be written"
        }
        let fd = input.fileDescriptor
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0, flags & O_NONBLOCK == 0 { _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK) }
        let bytes = [UInt8](data) + [0x0A]
        let deadline = Date().addingTimeInterval(manifest.requestTimeout)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
                continue
            }
            if written < 0 && errno == EINTR { continue }
            guard written < 0, errno == EAGAIN || errno == EWOULDBLOCK else {
                return "it closed its input (it has probably exited)"
            }
            // The pipe is full: wait until the module reads, or the time is up.
            let left = deadline.timeIntervalSinceNow
            var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            if left <= 0 || (poll(&ready, 1, Int32(min(left, 3_600) * 1000) + 1) == 0 && deadline.timeIntervalSinceNow <= 0) {
                // Killing the module frees anything waiting on it.
                process?.killGroup()
                return "did not read its request within \(Self.seconds(manifest.requestTimeout)) s"
            }
            if ready.revents & Int16(POLLERR | POLLHUP) != 0 { return "it closed its input (it has probably exited)" }
        }
        return nil
    }

    /// The next JSON object the module writes, within the time limit.
    private func readMessage(timeout: TimeInterval) -> Result<[String: Any], ModuleFailure> {
        guard var reader else { return .failure(ModuleFailure("it is not running")) }
        defer { self.reader = reader }
        switch reader.next(before: .now + .milliseconds(Int64((timeout * 1000).rounded(.up)))) {
        case .timedOut:
            return .failure(ModuleFailure("no answer within \(Self.seconds(timeout)) s"))
        case .tooLong:
            return .failure(ModuleFailure("wrote an answer longer than \(reader.maxLineBytes >> 20) MB, the limit of one answer"))
        case .ended:
            // Its output closed: it has exited, or is about to; give the status a moment to arrive.
            let deadline = Date().addingTimeInterval(0.5)
            while process?.isRunning() == true, Date() < deadline { usleep(5_000) }
            let status = process?.exitStatus.map { " (exit status \($0))" } ?? ""
            return .failure(ModuleFailure("it exited\(status)"))
        case .line(let line):
            guard let data = line.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                return .failure(ModuleFailure("wrote something that is not a JSON object: \(line.prefix(60))"))
            }
            return .success(object)
        }
    }

    static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

