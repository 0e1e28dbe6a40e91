import ClaimsCore
import CProcessSpawn
import Foundation

/// A module's process, started by `claims_spawn`: its own process group (so a stop reaches the
/// children it forked), an empty signal mask and default signal actions (a module started from a
/// host thread that blocks SIGTERM must still die of a plain `kill`), and no descriptor of the
/// host's but its three. Its group is watched by the reaper until it is stopped.
final class SpawnedModule {
    let pid: pid_t
    /// The host's ends of the module's stdin and stdout.
    let input: FileHandle
    let output: FileHandle
    private var status: Int32?
    private var groupKilled = false

    /// Starts `command` (looked up on PATH by /usr/bin/env) in `folder`; with `memoryMB`, under
    /// an address-space limit set by the shell that then becomes the module. stderr goes to `log`
    /// (or nowhere). Throws a one-line reason.
    init(command: [String], folder: URL, memoryMB: Int?, log: URL?) throws(ModuleFailure) {
        let arguments: [String]
        let path: String
        if let memoryMB {
            path = "/bin/sh"
            arguments = ["sh", "-c", "ulimit -v \(memoryMB * 1024) && exec \"$@\"", "sh"] + command
        } else {
            path = "/usr/bin/env"
            arguments = ["env"] + command
        }
        var toModule: [Int32] = [-1, -1]
        var fromModule: [Int32] = [-1, -1]
        guard claims_pipe(&toModule) == 0 else { throw ModuleFailure("cannot make a pipe: \(String(cString: strerror(errno)))") }
        guard claims_pipe(&fromModule) == 0 else {
            close(toModule[0]); close(toModule[1])
            throw ModuleFailure("cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        let errorFD = log.flatMap(Self.openLog) ?? open("/dev/null", O_WRONLY | O_CLOEXEC)
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        var failure: Int32 = 0
        let pid = Self.withCStrings(arguments) { argv in
            Self.withCStrings(environment) { envp in
                claims_spawn(path, argv, envp, folder.path, toModule[0], fromModule[1], errorFD, &failure)
            }
        }
        close(toModule[0])
        close(fromModule[1])
        if errorFD >= 0 { close(errorFD) }
        guard pid > 0 else {
            close(toModule[1]); close(fromModule[0])
            throw ModuleFailure("cannot start \(command.joined(separator: " ")): \(String(cString: strerror(failure)))")
        }
        self.pid = pid
        input = FileHandle(fileDescriptor: toModule[1], closeOnDealloc: true)
        output = FileHandle(fileDescriptor: fromModule[0], closeOnDealloc: true)
        ModuleReaper.watch(pid)
    }

    /// The log file opened for appending, created if needed.
    static func openLog(_ url: URL) -> Int32? {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        return fd >= 0 ? fd : nil
    }

    /// Whether the module (its first process) still runs; reaps it once it has ended.
    func isRunning() -> Bool {
        guard status == nil else { return false }
        var raw: Int32 = 0
        let got = waitpid(pid, &raw, WNOHANG)
        if got == 0 { return true }
        status = got == pid ? Self.exitCode(raw) : -1
        return false
    }

    /// Its exit status (128 + the signal for a signal), once it has ended.
    var exitStatus: Int32? { status }

    /// Kills the module's whole group (the children it forked too), reaps the module and stops
    /// watching the group. Once: after the reaping the group's id is free to be reused.
    func killGroup() {
        guard !groupKilled else { return }
        groupKilled = true
        kill(-pid, SIGKILL)
        if status == nil {
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) < 0, errno == EINTR {}
            status = Self.exitCode(raw)
        }
        ModuleReaper.forget(pid)
    }

    static func exitCode(_ raw: Int32) -> Int32 {
        let signal = raw & 0x7F
        return signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
    }

    /// Runs `body` with `strings` as a NULL-terminated array of C strings.
    static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// The host's reaper: one small process, started with the first module, that kills every module
/// group still running when the host ends, whether it exits, is interrupted or is killed with
/// SIGKILL (its pipe from the host then closes). On Linux a parent-death signal would reach only
/// the module itself, and only while the thread that started it lives; the reaper reaches the
/// whole group.
enum ModuleReaper {
    private static let pipe: Int32? = {
        var fds: [Int32] = [-1, -1]
        guard claims_pipe(&fds) == 0 else { return nil }
        var failure: Int32 = 0
        let pid = claims_start_reaper(fds[0], &failure)
        close(fds[0])
        guard pid > 0 else {
            close(fds[1])
            return nil
        }
        return fds[1]
    }()

    static func watch(_ group: pid_t) { send(group) }
    static func forget(_ group: pid_t) { send(-group) }

    private static func send(_ value: Int32) {
        guard let fd = pipe else { return }
        var value = value
        _ = withUnsafeBytes(of: &value) { write(fd, $0.baseAddress, 4) }
    }
}
