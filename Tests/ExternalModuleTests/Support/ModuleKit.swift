import Foundation
import ClaimsTestSupport
import Testing

/// How a test module behaves. Each is a small Python program speaking protocol 1
/// (docs/module-protocol.md) that finds "N WORD" as money and misbehaves as asked.
enum Behaviour: String, Sendable {
    /// Answers every request well.
    case good
    /// Answers the first request, exits (status 3) on the second.
    case crashOnSecond = "crash-second"
    /// Sleeps a minute on every request.
    case hang
    /// Answers a request with a line that is not JSON.
    case garbage
    /// Adds a mention whose span ends past the text.
    case outsideSpan = "outside-span"
    /// Adds a mention whose "text" is not the text under its span.
    case wrongText = "wrong-text"
    /// Answers {"type": "error"} for documents holding REFUSE, well otherwise.
    case declines
    /// Answers with the request's id + 1.
    case wrongID = "wrong-id"
    /// Adds a mention over the text's first run of non-space characters whose "text" is that
    /// run in another Unicode normalization form (canonically equivalent, other code points).
    case equivalentText = "equivalent-text"
    /// (checkers) Quotes a claim id that is not in the group.
    case outsideGroup = "outside-group"
    /// Writes started.marker into its folder when it starts.
    case marker
    /// Pads its answer with as many characters as "PAD N" in the document asks for.
    case padded
    /// Sleeps three seconds before it reads its first message.
    case slowStart = "slow-start"
    /// Forks a child that sleeps five minutes (its pid in child.pid), then answers well.
    case forks
    /// Ignores SIGTERM, forks a sleeping child like `forks`, and sleeps a minute on every request.
    case stubborn
}

/// A module folder to write: module.json and module.py.
struct ModuleSpec: Sendable {
    var name: String
    var kind: String = "extractor"
    var version: String = "1.0.0"
    var behaviour: Behaviour = .good
    /// The word after the number: "7 zorkmids".
    var word: String = "zorkmids"
    /// The protocol version the module says it speaks in its hello.
    var helloProtocol: Int = 1
    var requestSeconds: Double? = 2
    /// Generous: CI runs these beside the whole suite on two busy cores, where an interpreter
    /// once took more than ten seconds to say hello.
    var startSeconds: Double? = 90
    var memoryMB: Int?
    var enabled: Bool?
    var languages: [String] = ["*"]

    var tag: String { "\(name)@\(version)" }

    var manifest: String {
        var limits: [String] = []
        if let requestSeconds { limits.append("\"request_seconds\": \(requestSeconds)") }
        if let startSeconds { limits.append("\"start_seconds\": \(startSeconds)") }
        if let memoryMB { limits.append("\"memory_mb\": \(memoryMB)") }
        var fields = [
            "\"name\": \"\(name)\"",
            "\"kind\": \"\(kind)\"",
            "\"version\": \"\(version)\"",
            "\"protocol\": 1",
            "\"languages\": [\(languages.map { "\"\($0)\"" }.joined(separator: ", "))]",
            "\"command\": [\"python3\", \"module.py\"]",
            "\"summary\": \"test module (\(behaviour.rawValue))\"",
        ]
        if !limits.isEmpty { fields.append("\"limits\": {\(limits.joined(separator: ", "))}") }
        if let enabled { fields.append("\"enabled\": \(enabled)") }
        return "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"
    }

    /// The marker every line the module writes to stderr starts with.
    var stderrMarker: String { "\(name.uppercased())-STDERR-MARKER" }

    var script: String {
        """
        import json, os, re, sys, time, unicodedata

        NAME = "\(name)"
        VERSION = "\(version)"
        KIND = "\(kind)"
        MODE = "\(behaviour.rawValue)"
        WORD = "\(word)"
        HELLO_PROTOCOL = \(helloProtocol)


        def log(message):
            sys.stderr.write("\(stderrMarker) " + message + "\\n")
            sys.stderr.flush()


        def found(text):
            return [{"kind": "money", "start": m.start(), "end": m.end(), "text": m.group(0),
                     "value": {"display": WORD.upper() + " " + m.group(1), "number": float(m.group(1)), "unit": WORD.upper()}}
                    for m in re.finditer(r"(\\d+) " + WORD + r"\\b", text)]


        def extract(document, count):
            text = document["text"]
            mentions = found(text)
            if MODE == "crash-second" and count == 2:
                log("exiting on request 2")
                os._exit(3)
            if MODE in ("hang", "stubborn"):
                time.sleep(60)
            if MODE == "garbage":
                return "garbage"
            if MODE == "outside-span":
                mentions.append({"kind": "number", "start": len(text), "end": len(text) + 5, "text": "later",
                                 "value": {"display": "5", "number": 5}})
            if MODE == "wrong-text" and text:
                mentions.append({"kind": "number", "start": 0, "end": 1, "text": "\\u2603" if text[0] != "\\u2603" else "x",
                                 "value": {"display": "1", "number": 1}})
            if MODE == "equivalent-text":
                word = re.match(r"\\S+", text)
                if word and unicodedata.normalize("NFC", word.group(0)) != word.group(0):
                    mentions.append({"kind": "number", "start": word.start(), "end": word.end(),
                                     "text": unicodedata.normalize("NFC", word.group(0)), "value": {"display": "1", "number": 1}})
            if MODE == "declines" and "REFUSE" in text:
                return "decline"
            pad = re.search(r"PAD (\\d+)", text)
            if MODE == "padded" and pad:
                return {"mentions": mentions, "padding": "x" * int(pad.group(1))}
            return {"mentions": mentions}


        def check(group):
            claims = group["claims"]
            if MODE == "outside-group":
                return {"findings": [{"verdict": "conflict", "severity": "high", "confidence": 0.9,
                                      "rationale": "quotes a claim of another group", "statements": ["c-not-in-this-group"]}]}
            if len(claims) < 2:
                return {"findings": []}
            return {"findings": [{"verdict": "conflict", "severity": "high", "confidence": 0.9,
                                  "rationale": NAME + " calls every group of two or more claims a conflict",
                                  "statements": [c["id"] for c in claims]}]}


        def hello():
            reply = {"type": "hello", "protocol": HELLO_PROTOCOL, "name": NAME, "version": VERSION, "kind": KIND}
            try:
                import resource
                reply["as_limit"] = resource.getrlimit(resource.RLIMIT_AS)[0]
            except Exception:
                pass
            reply["pid"] = os.getpid()
            reply["pgid"] = os.getpgid(0)
            # The signal state it was started with, as the kernel shows it (hex masks).
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith(("SigBlk:", "SigIgn:")):
                        reply[line.split(":")[0].lower()] = line.split(":")[1].strip()
            return reply


        def main():
            with open("module.pid", "w") as pid:
                pid.write(str(os.getpid()))
            if MODE == "marker":
                with open("started.marker", "w") as marker:
                    marker.write("started\\n")
            log("started")
            if MODE == "slow-start":
                time.sleep(3)
            if MODE == "stubborn":
                import signal
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
            if MODE in ("forks", "stubborn"):
                child = os.fork()
                if child == 0:
                    os.close(0)
                    os.close(1)
                    time.sleep(300)
                    os._exit(0)
                with open("child.pid", "w") as marker:
                    marker.write(str(child))
            count = 0
            for line in sys.stdin:
                message = json.loads(line)
                kind = message.get("type")
                if kind == "hello":
                    reply = hello()
                elif kind == "bye":
                    break
                elif kind in ("extract", "check"):
                    count += 1
                    log("request " + str(message["id"]))
                    answer = extract(message["document"], count) if kind == "extract" else check(message["group"])
                    if answer == "garbage":
                        sys.stdout.write("this is not JSON at all\\n")
                        sys.stdout.flush()
                        continue
                    if answer == "decline":
                        reply = {"type": "error", "id": message["id"], "message": "refused on purpose"}
                    else:
                        reply = {"type": "result", "id": message["id"] + (1 if MODE == "wrong-id" else 0), **answer}
                else:
                    reply = {"type": "error", "id": message.get("id"), "message": "unknown request"}
                sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\\n")
                sys.stdout.flush()


        main()

        """
    }

    /// Writes the module into `root/name` and returns the folder.
    @discardableResult
    func write(into root: URL) throws -> URL {
        let folder = root.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("module.json"))
        try Data(script.utf8).write(to: folder.appendingPathComponent("module.py"))
        return folder
    }
}

/// The modules the end-to-end tests share.
enum Modules {
    /// A good extractor: "N zorkmids" as money.
    static let zork = ModuleSpec(name: "zork-money", version: "2.3.4", word: "zorkmids")
    /// A good checker: every group of two or more claims is a conflict.
    static let alwaysConflict = ModuleSpec(name: "always-conflict", kind: "checker", version: "0.9.1")

    /// A misbehaving extractor that finds "N brokebucks".
    static func failing(_ name: String, _ behaviour: Behaviour, helloProtocol: Int = 1) -> ModuleSpec {
        ModuleSpec(name: name, version: "1.0.0", behaviour: behaviour, word: "brokebucks", helloProtocol: helloProtocol)
    }
}

/// Three English sources. Each states a zorkmids figure (the good extractor's) and a brokebucks
/// figure (the failing ones'); text with combining marks and characters outside the BMP comes
/// before the figures, so code-point offsets differ from UTF-16 and from Characters.
enum Corpus {
    static let files: [(name: String, text: String)] = [
        ("a.txt", "Re\u{301}sume\u{301} \u{1F680}: Microsoft invested 7 zorkmids in OpenAI in 2021.\n"
            + "Separately, Google invested 5 brokebucks in Anthropic.\n"),
        ("b.txt", "R\u{E9}port \u{1F389}\u{1F389} \u{2014} Microsoft invested 9 zorkmids in OpenAI in 2021.\n"
            + "Separately, Google invested 6 brokebucks in Anthropic.\n"),
        ("c.txt", "Microsoft invested 8 zorkmids in OpenAI in 2021.\n"
            + "Separately, Google invested 4 brokebucks in Anthropic.\n"),
    ]

    static func text(ofSource id: String) -> String? {
        files.first { $0.name == id + ".txt" }?.text
    }
}

/// A temporary setup for one end-to-end run: sources/, modules/, a workbench and a ledger,
/// all outside the repository.
struct Bench: Sendable {
    let folder: TemporaryFolder
    var sources: URL { folder.path("sources") }
    var modules: URL { folder.path("modules") }
    var workbench: URL { folder.path("wb") }
    var ledger: URL { folder.path("ledger.sqlite") }

    init(modules specs: [ModuleSpec], sources: [(name: String, text: String)] = Corpus.files) throws {
        folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.path("modules"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.path("wb"), withIntermediateDirectories: true)
        for spec in specs { try spec.write(into: folder.path("modules")) }
        for (name, text) in sources { try folder.write("sources/\(name)", text) }
    }

    /// Removes the bench after checking, in the process table, that no process it started is left.
    func remove() {
        let left = processes(under: folder.url)
        #expect(left.isEmpty, "processes left running in \(folder.url.path): \(left)")
        folder.remove()
    }

    /// `claims check sources --modules modules --format json --ledger ledger --workbench wb`.
    func check(_ extra: [String] = []) async throws -> (RunResult, Report) {
        let result = try await Claims.run(["check", sources.path, "--modules", modules.path, "--format", "json",
                                           "--ledger", ledger.path, "--workbench", workbench.path] + extra,
                                          in: folder.url)
        let report = try Report.decode(result)
        return (result, report)
    }

    /// The process id the module wrote when it started, if it started.
    func pid(of module: String) -> Int? {
        (try? String(contentsOf: modules.appendingPathComponent("\(module)/module.pid"), encoding: .utf8)).flatMap { Int($0) }
    }

    /// The process id of the child the module forked, once it has.
    func childPID(of module: String) -> Int? {
        (try? String(contentsOf: modules.appendingPathComponent("\(module)/child.pid"), encoding: .utf8)).flatMap { Int($0) }
    }

    func log(of module: String) -> String? {
        guard let data = FileManager.default.contents(atPath: workbench.appendingPathComponent("Claims/logs/\(module).log").path) else {
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A conflict as `claims conflicts --format json` lists it.
struct LedgerConflict: Decodable, Sendable {
    struct Statement: Decodable, Sendable {
        var source: String
        var claim: String
        var text: String
        var start: Int
        var end: Int
    }

    var id: String
    var checker: String
    var topic: String
    var status: String
    var statements: [Statement]
}

/// Text indexed by Unicode scalar, as the protocol counts offsets.
func codePoints(_ text: String, _ start: Int, _ end: Int) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
}

/// The code-point offset of the first occurrence of `needle` in `text`.
func codePointOffset(of needle: String, in text: String) -> Int? {
    let haystack = Array(text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
    for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
        return start
    }
    return nil
}

/// `env`, to start python3 from the PATH as the host starts modules.
let env = URL(fileURLWithPath: "/usr/bin/env")

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// The processes whose working directory lies under `folder`, after giving them `seconds` to end:
/// a module runs in its folder, and whatever it forks starts there too. Read from /proc.
func processes(under folder: URL, waiting seconds: Double = 10) -> [String] {
    let root = folder.resolvingSymlinksInPath().path
    func scan() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> String? in
            guard let pid = Int(entry), pid != Int(getpid()),
                  let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd"),
                  cwd == root || cwd.hasPrefix(root + "/"), isAlive(pid) else { return nil }
            let command = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8))?.replacingOccurrences(of: "\0", with: " ") ?? "?"
            return "\(pid) \(command)"
        }
    }
    let deadline = Date().addingTimeInterval(seconds)
    var left = scan()
    while !left.isEmpty, Date() < deadline {
        usleep(50_000)
        left = scan()
    }
    return left
}
