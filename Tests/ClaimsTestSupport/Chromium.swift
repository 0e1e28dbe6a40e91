#if canImport(Glibc)   // the spawning below is written against Linux's Glibc
import Foundation
import Testing
import Glibc

// A small driver for headless Chromium over the Chrome DevTools Protocol, for browser tests of the
// review server. It talks over `--remote-debugging-pipe` rather than a websocket: Chromium reads
// commands from its fd 3 and writes replies and events to its fd 4, each JSON message ended by a
// NUL byte. No port, no HTTP handshake, and the pipe closes when Chromium dies, so a crash shows up
// as end-of-file instead of a hang.
//
// All I/O is blocking but bounded: every wait has a deadline and throws when it passes, and
// close()/deinit SIGKILL Chromium's whole process group and reap it, so a test can neither hang
// nor leave a stray browser behind.

/// What went wrong, in one line naming the step that failed.
public struct ChromiumError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}

/// One headless Chromium process and the pipe to it.
///
/// `@unchecked Sendable` is sound because every piece of mutable state (the pipe buffer, the
/// command counter, the recorded events, the process id) is read and written only while `lock`
/// is held, and each command holds it from send to reply, so commands from several threads are
/// serialized rather than interleaved on the pipe.
public final class Chromium: @unchecked Sendable {
    /// How long any one step (a command's reply, a page load) may take before it throws.
    public let timeout: Duration
    /// Chromium's process id, which is also the id of the process group all its processes share.
    public let processGroup: pid_t
    /// Every page's viewport, in CSS pixels.
    public let windowSize: (width: Int, height: Int)

    private let lock = NSLock()
    private var pid: pid_t
    private var toChromium: Int32      // our end of Chromium's fd 3
    private var fromChromium: Int32    // our end of Chromium's fd 4
    private let folder: URL            // holds the profile and the log; removed at close
    private let logPath: String
    private var buffer: [UInt8] = []
    private var nextId = 0
    private var exitDescription: String?  // how the process ended, once it has been reaped
    private var eventCount = 0
    /// The events page-load waits look for, with their session, oldest first.
    private var events: [(seq: Int, session: String, method: String, params: [String: Any])] = []
    private static let keptEvents: Set<String> = [
        "Page.frameNavigated", "Page.loadEventFired", "Page.navigatedWithinDocument",
    ]
    /// Sessions whose page crashed or went away, with what to say: waits on them fail at once.
    private var deadSessions: [String: String] = [:]

    /// `$CHROMIUM` if set, else the first of chromium, chromium-browser, google-chrome found in
    /// /usr/bin or on PATH.
    public static func locate() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let path = env["CHROMIUM"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? path : nil
        }
        var folders = ["/usr/bin"]
        folders += (env["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where !folder.isEmpty {
                let path = folder + "/" + name
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// For `.enabled(if: Chromium.browserTestsEnabled, Chromium.skipComment)`: false when
    /// `CLAIMS_SKIP_BROWSER=1`, or when no browser is installed and `CI` is not set. On CI a
    /// missing browser is not a reason to skip: the tests run and fail, saying what to install.
    public static var browserTestsEnabled: Bool { skipReason() == nil }

    /// The line Swift Testing prints for a skipped browser suite.
    public static let skipComment: Comment =
        "browser tests skipped: CLAIMS_SKIP_BROWSER=1, or no Chromium installed and CI unset (apt-get install chromium)"

    /// Why browser tests are skipped in `environment` with `browser` found (nil: none), or nil
    /// when they run.
    public static func skipReason(environment: [String: String] = ProcessInfo.processInfo.environment,
                                  browser: String? = locate()) -> String? {
        if environment["CLAIMS_SKIP_BROWSER"] == "1" { return "CLAIMS_SKIP_BROWSER=1" }
        let onCI = !(environment["CI"] ?? "").isEmpty && environment["CI"] != "false"
        if browser == nil, !onCI { return "no Chromium installed and CI unset" }
        return nil
    }

    /// Locates and starts Chromium; a missing browser is an error that says what to install, so
    /// browser tests fail loudly instead of passing vacuously.
    public static func launch(windowSize: (Int, Int) = (1280, 900), timeout: Duration = .seconds(30)) throws -> Chromium {
        guard let executable = locate() else {
            let variable = ProcessInfo.processInfo.environment["CHROMIUM"].map { "CHROMIUM=\($0) is not an executable; " } ?? ""
            throw ChromiumError("Chromium not found (\(variable)looked for chromium, chromium-browser, google-chrome): "
                + "install Debian's chromium package (apt-get install chromium), or set CLAIMS_SKIP_BROWSER=1 to skip browser tests")
        }
        return try Chromium(executable: executable, windowSize: windowSize, timeout: timeout)
    }

    /// Starts `executable` headless with a fresh temporary profile and waits until it answers.
    public init(executable: String, windowSize: (Int, Int) = (1280, 900), timeout: Duration = .seconds(30)) throws {
        self.timeout = timeout
        self.windowSize = windowSize
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("claims-chromium-\(UUID().uuidString)", isDirectory: true)
        self.folder = folder
        let profile = folder.appendingPathComponent("profile", isDirectory: true)
        logPath = folder.appendingPathComponent("chromium.log").path
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        // Writing to a pipe whose reader died raises SIGPIPE, which would kill the whole test
        // process; ignored, the write fails with EPIPE and becomes an error instead.
        signal(SIGPIPE, SIG_IGN)

        let arguments = [
            executable,
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--no-default-browser-check", "--remote-debugging-pipe",
            "--window-size=\(windowSize.0),\(windowSize.1)", "--hide-scrollbars", "--mute-audio",
            // Quiet and local: tests talk to 127.0.0.1 and should not depend on proxies,
            // keyrings or background downloads.
            "--no-proxy-server", "--password-store=basic", "--disable-background-networking",
            "--disable-component-update", "--disable-breakpad", "--disable-sync",
            "--user-data-dir=\(profile.path)",
            "about:blank",
        ]
        do {
            (pid, toChromium, fromChromium) = try Chromium.spawn(arguments, log: logPath)
            processGroup = pid
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        do {
            _ = try command("Browser.getVersion", [:], session: nil, what: "starting \(executable)")
        } catch {
            close()
            throw error
        }
    }

    deinit { shutDown() }

    /// Kills Chromium and removes its profile; safe to call more than once.
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        shutDown()
    }

    /// Opens a new tab and attaches to it; its commands travel over this browser's pipe.
    public func newPage() throws -> Page {
        let target = try command("Target.createTarget", ["url": "about:blank"], session: nil, what: "opening a page")
        guard let targetId = target["targetId"] as? String else {
            throw ChromiumError("Target.createTarget returned no targetId")
        }
        let attached = try command("Target.attachToTarget", ["targetId": targetId, "flatten": true],
                                   session: nil, what: "attaching to the page")
        guard let sessionId = attached["sessionId"] as? String else {
            throw ChromiumError("Target.attachToTarget returned no sessionId")
        }
        // Page.enable turns on the load and navigation events the waits below rely on.
        _ = try command("Page.enable", [:], session: sessionId, what: "enabling page events")
        // A new tab's viewport is the window less the (invisible) browser frame, 1280x813 for a
        // 1280x900 window; fixing it makes screenshots and layouts the size asked for.
        _ = try command("Emulation.setDeviceMetricsOverride",
                        ["width": windowSize.width, "height": windowSize.height, "deviceScaleFactor": 1, "mobile": false],
                        session: sessionId, what: "setting the viewport")
        return Page(browser: self, targetId: targetId, sessionId: sessionId)
    }

    // MARK: Protocol

    /// Sends one command and returns its `result`, skipping (and recording) events on the way.
    func command(_ method: String, _ params: [String: Any], session: String?, what: String) throws -> [String: Any] {
        lock.lock()
        defer { lock.unlock() }
        let deadline = ContinuousClock.now + timeout
        let id = try send(method, params, session: session, deadline: deadline, what: what)
        while true {
            if let session, let death = deadSessions[session] { throw ChromiumError("\(what): the page \(death)") }
            let message = try receive(deadline: deadline, waitingFor: "\(method) (\(what))")
            guard (message["id"] as? NSNumber)?.intValue == id else { continue }
            if let error = message["error"] as? [String: Any] {
                let text = (error["message"] as? String) ?? "\(error)"
                let data = (error["data"] as? String).map { ": \($0)" } ?? ""
                throw ChromiumError("\(what): \(method) failed: \(text)\(data)")
            }
            return message["result"] as? [String: Any] ?? [:]
        }
    }

    /// The number of events seen so far; a wait started after an action looks only at later ones.
    func eventMark() -> Int {
        lock.lock()
        defer { lock.unlock() }
        return eventCount
    }

    /// Waits until, after event number `mark`, the main frame of `session` has committed a new
    /// document (the one `loaderId` names, when given) and fired its load event, or has
    /// navigated within the document. (A page target's id is its main frame's id.)
    func waitForLoad(session: String, frame mainFrame: String, after mark: Int, loaderId: String?, what: String) throws {
        lock.lock()
        defer { lock.unlock() }
        let deadline = ContinuousClock.now + timeout
        while true {
            if let death = deadSessions[session] { throw ChromiumError("\(what): the page \(death)") }
            var committed = false
            for event in events where event.seq > mark && event.session == session {
                switch event.method {
                case "Page.frameNavigated":
                    let frame = event.params["frame"] as? [String: Any] ?? [:]
                    if frame["parentId"] == nil, loaderId == nil || frame["loaderId"] as? String == loaderId {
                        committed = true
                    }
                case "Page.loadEventFired":
                    if committed { return }
                case "Page.navigatedWithinDocument":
                    if loaderId == nil, event.params["frameId"] as? String == mainFrame { return }
                default:
                    break
                }
            }
            _ = try receive(deadline: deadline, waitingFor: "the page load (\(what))")
        }
    }

    private func send(_ method: String, _ params: [String: Any], session: String?, deadline: ContinuousClock.Instant,
                      what: String) throws -> Int {
        guard pid > 0 else {
            throw ChromiumError("\(what): " + (exitDescription.map { "Chromium has exited \($0)" } ?? "Chromium was closed"))
        }
        nextId += 1
        var message: [String: Any] = ["id": nextId, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var offset = 0
        while offset < bytes.count {
            try waitFor(fd: toChromium, events: Int16(POLLOUT), deadline: deadline, doing: "sending \(method) (\(what))")
            let written = bytes[offset...].withUnsafeBytes { write(toChromium, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw ChromiumError("sending \(method) (\(what)): \(String(cString: strerror(errno)))\(exitNote())")
            }
            offset += written
        }
        return nextId
    }

    /// The next complete message; events worth keeping are recorded, dialogs are accepted.
    private func receive(deadline: ContinuousClock.Instant, waitingFor: String) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let message = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                    throw ChromiumError("unreadable message from Chromium: \(String(decoding: data.prefix(200), as: UTF8.self))")
                }
                if let method = message["method"] as? String {
                    record(method, message["params"] as? [String: Any] ?? [:], session: message["sessionId"] as? String ?? "")
                }
                return message
            }
            try waitFor(fd: fromChromium, events: Int16(POLLIN), deadline: deadline, doing: "waiting for \(waitingFor)")
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(fromChromium, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw ChromiumError("waiting for \(waitingFor): \(String(cString: strerror(errno)))\(exitNote())")
            }
            if count == 0 { throw ChromiumError("waiting for \(waitingFor): Chromium closed the pipe\(exitNote(waiting: true))") }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    private func record(_ method: String, _ params: [String: Any], session: String) {
        eventCount += 1
        if Chromium.keptEvents.contains(method) {
            events.append((eventCount, session, method, params))
            if events.count > 500 { events.removeFirst(events.count - 500) }
        }
        switch method {
        case "Inspector.targetCrashed":
            deadSessions[session] = "crashed"
        case "Inspector.detached":
            deadSessions[session] = "was detached (\(params["reason"] as? String ?? "no reason given"))"
        case "Target.detachedFromTarget":   // comes on the browser's session, naming the page's
            if let page = params["sessionId"] as? String { deadSessions[page] = "was closed" }
        case "Page.javascriptDialogOpening":
            // An alert or confirm blocks the page (and its load event) until answered; accept it,
            // as a user clicking OK would. The reply is skipped like any other unmatched one.
            let deadline = ContinuousClock.now + timeout
            _ = try? send("Page.handleJavaScriptDialog", ["accept": true], session: session, deadline: deadline,
                          what: "accepting a dialog")
        default:
            break
        }
    }

    /// Polls until `fd` is ready or `deadline` passes (then throws: the timeout of every wait).
    private func waitFor(fd: Int32, events: Int16, deadline: ContinuousClock.Instant, doing: String) throws {
        while true {
            let left = deadline - ContinuousClock.now
            if left <= .zero {
                throw ChromiumError("timed out after \(timeout) \(doing)\(exitNote())")
            }
            let ms = Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
            var entry = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&entry, 1, ms)
            if ready < 0 && errno != EINTR {
                throw ChromiumError("\(doing): poll failed: \(String(cString: strerror(errno)))")
            }
            if ready > 0 { return }   // readable, writable, or hung up: the read or write says which
        }
    }

    /// "; Chromium exited ...; log: ..." once the process is gone, else "". After end-of-file
    /// the exit is waited for briefly: the pipe closes a moment before the process can be reaped.
    private func exitNote(waiting: Bool = false) -> String {
        if pid > 0 {
            var status: Int32 = 0
            let until = ContinuousClock.now + .seconds(waiting ? 1 : 0)
            while true {
                if waitpid(pid, &status, WNOHANG) == pid {
                    pid = -pid   // reaped: not to be waited for again; shutDown still kills the group
                    exitDescription = status & 0x7f == 0 ? "with status \((status >> 8) & 0xff)" : "on signal \(status & 0x7f)"
                    break
                }
                if ContinuousClock.now >= until { break }
                usleep(5_000)
            }
        }
        guard let exit = exitDescription else { return "" }
        // The last lines of its log, less the D-Bus complaints every headless start makes.
        let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        let tail = log.split(whereSeparator: \.isNewline).filter { !$0.contains("dbus") }.suffix(3).joined(separator: " | ")
        return "; Chromium exited \(exit)" + (tail.isEmpty ? "" : "; its log ends: \(tail.prefix(600))")
    }

    /// SIGKILLs the process group, reaps the process, closes the pipe and removes the profile.
    /// Returns once no process of the group is left running (bounded: SIGKILL cannot be caught,
    /// so this takes milliseconds). Chromium's own children are reaped by init, not by us.
    private func shutDown() {
        if pid != 0 {
            kill(-processGroup, SIGKILL)   // the group: the renderer, GPU and zygote processes too
            let until = ContinuousClock.now + .seconds(5)
            if pid > 0 {
                var status: Int32 = 0
                while waitpid(pid, &status, WNOHANG) == 0 && ContinuousClock.now < until {
                    usleep(5_000)
                }
            }
            while !Chromium.runningProcesses(inGroup: processGroup).isEmpty && ContinuousClock.now < until {
                usleep(5_000)
            }
            pid = 0
        }
        if toChromium >= 0 { Glibc.close(toChromium); toChromium = -1 }
        if fromChromium >= 0 { Glibc.close(fromChromium); fromChromium = -1 }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The processes of process group `group` that are still running (zombies, which are
    /// dead and only wait to be reaped, are left out), from /proc.
    public static func runningProcesses(inGroup group: pid_t) -> [pid_t] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> pid_t? in
            guard let process = pid_t(name),
                  let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // "pid (command) state ppid pgrp ...": the command may hold spaces and parentheses.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 2, fields[0] != "Z", fields[0] != "X", pid_t(fields[2]) == group else { return nil }
            return process
        }
    }

    // MARK: Spawning

    /// Starts `arguments` in its own process group with the pipes on fds 3 and 4 and
    /// stdout/stderr appended to `log`. Returns the pid and our ends of the two pipes.
    private static func spawn(_ arguments: [String], log: String) throws -> (pid_t, Int32, Int32) {
        var commands: [Int32] = [-1, -1]   // Chromium reads [0] as fd 3; we write [1]
        var replies: [Int32] = [-1, -1]    // Chromium writes [1] as fd 4; we read [0]
        guard pipe(&commands) == 0, pipe(&replies) == 0 else {
            throw ChromiumError("creating the pipes for Chromium: \(String(cString: strerror(errno)))")
        }
        // pipe2(O_CLOEXEC) is not in Swift's Glibc module; set the flag right after instead,
        // so programs other threads start do not inherit Chromium's pipe.
        for fd in commands + replies { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        // The child's ends move above fd 9 so the dup2s onto 3 and 4 never overwrite each other
        // or land on themselves (a dup2 onto itself would leave close-on-exec set).
        let childRead = fcntl(commands[0], F_DUPFD_CLOEXEC, 10)
        let childWrite = fcntl(replies[1], F_DUPFD_CLOEXEC, 10)
        Glibc.close(commands[0])
        Glibc.close(replies[1])
        let ours = [commands[1], replies[0]]
        defer {
            Glibc.close(childRead)
            Glibc.close(childWrite)
        }
        guard childRead >= 0, childWrite >= 0 else {
            ours.forEach { _ = Glibc.close($0) }
            throw ChromiumError("moving the pipes for Chromium: \(String(cString: strerror(errno)))")
        }
        for fd in ours { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_adddup2(&actions, childRead, 3)
        posix_spawn_file_actions_adddup2(&actions, childWrite, 4)
        // Other tests in this process may have pipes open without close-on-exec; Chromium must
        // not inherit them, or their readers would wait for Chromium to exit.
        closeFrom(5, &actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group, so close() can kill every process Chromium starts; default
        // signal handling and no blocked signals, whatever the test process set up.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard status == 0 else {
            ours.forEach { _ = Glibc.close($0) }
            throw ChromiumError("starting \(arguments[0]): \(String(cString: strerror(status)))")
        }
        return (pid, ours[0], ours[1])
    }

    private static func closeFrom(_ fd: Int32, _ actions: inout posix_spawn_file_actions_t) {
        SpawnActions.closeFrom(fd, &actions)
    }
}

/// What a test's posix_spawn child must not inherit.
public enum SpawnActions {
    /// Closes every descriptor from `fd` up in the child. A child that inherits another child's
    /// pipe or Foundation's exit-watching socket keeps it open, and a daemon it starts (a
    /// PostgreSQL server) keeps it for good: Foundation then never sees that other child end.
    /// posix_spawn_file_actions_addclosefrom_np (glibc 2.34+) is not in Swift's Glibc module, so
    /// it is looked up at run time; without it the close-on-exec flags are all there is.
    public static func closeFrom(_ fd: Int32, _ actions: inout posix_spawn_file_actions_t) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, fd)
    }
}

/// One tab, attached with a flat session: its commands carry the session id over the browser's pipe.
public final class Page: Sendable {
    public let browser: Chromium
    let targetId: String
    let sessionId: String

    init(browser: Chromium, targetId: String, sessionId: String) {
        self.browser = browser
        self.targetId = targetId
        self.sessionId = sessionId
    }

    /// Loads `url` and waits for its load event. A navigation Chromium reports as failed
    /// (connection refused, unknown host) throws with Chromium's error text.
    public func navigate(_ url: String) throws {
        let mark = browser.eventMark()
        let result = try command("Page.navigate", ["url": url], "navigating to \(url)")
        if let error = result["errorText"] as? String, !error.isEmpty {
            throw ChromiumError("navigating to \(url): \(error)")
        }
        // No loaderId means a same-document navigation (a #fragment): nothing more to load.
        guard let loaderId = result["loaderId"] as? String else { return }
        try browser.waitForLoad(session: sessionId, frame: targetId, after: mark, loaderId: loaderId, what: "navigating to \(url)")
    }

    /// Runs `expression` in the page (promises awaited) and returns its JSON value: String,
    /// NSNumber/Bool, [Any], [String: Any], or nil for undefined and null. A JavaScript exception
    /// throws with its message.
    @discardableResult
    public func evaluate(_ expression: String) throws -> Any? {
        let result = try command("Runtime.evaluate",
                                 ["expression": expression, "returnByValue": true, "awaitPromise": true],
                                 "evaluating \(expression.prefix(80))")
        if let details = result["exceptionDetails"] as? [String: Any] {
            let exception = details["exception"] as? [String: Any]
            let text = (exception?["description"] as? String) ?? (details["text"] as? String) ?? "\(details)"
            throw ChromiumError("JavaScript exception evaluating \(expression.prefix(80)): "
                + (text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text))
        }
        let value = (result["result"] as? [String: Any])?["value"]
        return value is NSNull ? nil : value
    }

    /// The page's visible text (`document.body.innerText`).
    public func text() throws -> String {
        try evaluate("document.body ? document.body.innerText : ''") as? String ?? ""
    }

    /// The current document's URL.
    public func url() throws -> String {
        try evaluate("location.href") as? String ?? ""
    }

    /// Clicks the element `selector` finds with real mouse events at its centre, as a user would
    /// (so a submit button makes the browser itself submit the form), then by default waits for
    /// the page that follows to load. Throws if no element matches or it has no visible box.
    public func click(_ selector: String, waitForNavigation: Bool = true) throws {
        let box = try evaluate("""
            (() => {
              const element = document.querySelector(\(Page.literal(selector)));
              if (!element) throw new Error('no element matches ' + \(Page.literal(selector)));
              element.scrollIntoView({block: 'center', inline: 'center'});
              // The first line box: a link that wraps has nothing of it at its bounding box's centre.
              const r = element.getClientRects()[0] || element.getBoundingClientRect();
              return [r.left + r.width / 2, r.top + r.height / 2, r.width, r.height];
            })()
            """) as? [Any]
        let numbers = (box ?? []).compactMap { ($0 as? NSNumber)?.doubleValue }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0 else {
            throw ChromiumError("clicking \(selector): the element has no visible box")
        }
        let mark = browser.eventMark()
        for type in ["mousePressed", "mouseReleased"] {
            _ = try command("Input.dispatchMouseEvent",
                            ["type": type, "x": numbers[0], "y": numbers[1], "button": "left", "clickCount": 1],
                            "clicking \(selector)")
        }
        if waitForNavigation {
            try browser.waitForLoad(session: sessionId, frame: targetId, after: mark, loaderId: nil,
                                    what: "loading the page after clicking \(selector)")
        }
    }

    /// Sets the value of the input, textarea or select `selector` finds, and fires the input and
    /// change events a user's typing would. A select throws if no option has that value.
    public func fill(_ selector: String, _ value: String) throws {
        _ = try evaluate("""
            (() => {
              const element = document.querySelector(\(Page.literal(selector)));
              if (!element) throw new Error('no element matches ' + \(Page.literal(selector)));
              if (!('value' in element)) throw new Error(\(Page.literal(selector)) + ' has no value to fill');
              const value = \(Page.literal(value));
              // Checked first: a select given an unknown value would otherwise be left blank.
              if (element.tagName === 'SELECT' && !Array.from(element.options).some(o => o.value === value))
                throw new Error(\(Page.literal(selector)) + ' has no option with value ' + JSON.stringify(value));
              element.focus();
              element.value = value;
              if (element.value !== value) throw new Error(\(Page.literal(selector)) + ' did not take the value');
              element.dispatchEvent(new Event('input', {bubbles: true}));
              element.dispatchEvent(new Event('change', {bubbles: true}));
            })()
            """)
    }

    /// Saves a PNG of the viewport, or of the whole page when `fullPage` is true.
    public func screenshot(to path: String, fullPage: Bool = false) throws {
        var params: [String: Any] = ["format": "png"]
        if fullPage {
            let metrics = try command("Page.getLayoutMetrics", [:], "measuring the page for a screenshot")
            let size = metrics["cssContentSize"] as? [String: Any] ?? [:]
            let width = (size["width"] as? NSNumber)?.doubleValue ?? 0
            let height = (size["height"] as? NSNumber)?.doubleValue ?? 0
            if width > 0, height > 0 {
                params["clip"] = ["x": 0, "y": 0, "width": width, "height": height, "scale": 1]
                params["captureBeyondViewport"] = true
            }
        }
        let result = try command("Page.captureScreenshot", params, "taking a screenshot")
        guard let base64 = result["data"] as? String, let png = Data(base64Encoded: base64) else {
            throw ChromiumError("taking a screenshot: Page.captureScreenshot returned no image")
        }
        do {
            try png.write(to: URL(fileURLWithPath: path))
        } catch {
            throw ChromiumError("saving the screenshot to \(path): \(error.localizedDescription)")
        }
    }

    private func command(_ method: String, _ params: [String: Any], _ what: String) throws -> [String: Any] {
        try browser.command(method, params, session: sessionId, what: what)
    }

    /// `text` as a JavaScript string literal (JSON strings are valid JavaScript).
    static func literal(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed])) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Runs the blocking `body` on a thread of its own and awaits it. The driver's waits block their
/// thread for up to the timeout; on the cooperative pool, or on Dispatch's global queues (both
/// about one thread per core), that would stall the other tests' tasks, file-handle readers and
/// process-exit handlers meanwhile.
public func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try body() }) }
        thread.name = "claims-chromium"
        thread.start()
    }
}

#endif
