import ClaimsCore
import ClaimsHost
import Foundation
import ClaimsTestSupport
import Testing

/// Runs blocking module I/O on a thread of its own, so waiting on a module does not hold a
/// thread of the cooperative pool that the other tests run on.
func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread.detachNewThread { continuation.resume(returning: work()) }
    }
}

/// Whether a process is still running: false once it is gone or a zombie.
func isAlive(_ pid: Int) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return false }
    let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1)
    return state != "Z" && state != "X"
}

/// Waits up to `seconds` for a process to end; true when it did.
func ends(_ pid: Int, within seconds: Double) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if !isAlive(pid) { return true }
        try? await Task.sleep(for: .milliseconds(25))
    }
    return !isAlive(pid)
}

/// One module written into a temporary folder, with its process, for in-process tests.
struct Running: Sendable {
    let folder: TemporaryFolder
    let moduleFolder: URL
    let process: ModuleProcess
    var log: URL { folder.path("logs/module.log") }

    init(_ spec: ModuleSpec) throws {
        folder = try TemporaryFolder()
        moduleFolder = try spec.write(into: folder.url)
        let manifest = try ModuleManifest.load(folder: moduleFolder)
        process = ModuleProcess(manifest: manifest, logURL: folder.path("logs/module.log"))
    }

    var extractor: ExternalExtractor { ExternalExtractor(process: process) }
    var checker: ExternalChecker { ExternalChecker(process: process) }

    /// The module's process id, as it said in its hello.
    var pid: Int? { process.handshake["pid"] as? Int }

    func extract(_ text: String, id: String = "doc") async -> Result<Extraction, ModuleFailure> {
        let extractor = extractor
        return await offPool { extractor.attemptExtraction(from: document(text, id: id)) }
    }

    /// Ends the module and removes its folder. A module the host has stopped (killed) is first
    /// left to be reaped: ModuleProcess.stop() writes "bye" to a module it believes running,
    /// and between the kill and the reaping that write raises SIGPIPE, which ends the whole test
    /// process (reported as a defect; `claims` itself exits 141 the same way).
    func finish() {
        if process.stoppedBecause != nil,
           let pid = (try? String(contentsOf: moduleFolder.appendingPathComponent("module.pid"), encoding: .utf8)).flatMap({ Int($0) }) {
            let deadline = Date().addingTimeInterval(3)
            while FileManager.default.fileExists(atPath: "/proc/\(pid)"), Date() < deadline { usleep(10_000) }
            usleep(100_000)
        }
        process.stop()
        let left = processes(under: folder.url)
        #expect(left.isEmpty, "processes left running in \(folder.url.path): \(left)")
        folder.remove()
    }
}

func document(_ text: String, id: String = "doc", language: String = "en") -> Document {
    Document(source: SourceInfo(id: id, location: .file(URL(fileURLWithPath: "/dev/null")), displayName: "\(id).txt",
                                language: language), text: text)
}

/// A group of two aligned money claims from two documents, each under "N zorkmids".
func sampleGroup() -> AlignedGroup {
    let topic = ClaimTopic(key: "invested|microsoft|openai", label: "Microsoft, OpenAI: amount invested")
    func claim(_ id: String, _ text: String, _ value: Double) -> (Claim, SourceInfo) {
        let doc = document(text, id: id)
        let start = codePointOffset(of: "\(Int(value)) zorkmids", in: text)!
        let span = TextSpan(start: start, end: start + "\(Int(value)) zorkmids".unicodeScalars.count)
        let mention = Mention(kind: .money, span: span, text: doc.text(in: span)!,
                              value: NormalizedValue(display: "ZORKMIDS \(Int(value))", number: value, unit: "ZORKMIDS"))
        return (Claim(mention: mention, in: doc, extractor: "zork-money@2.3.4", topic: topic), doc.source)
    }
    let a = claim("a", "Microsoft invested 7 zorkmids in OpenAI.", 7)
    let b = claim("b", "\u{1F680} Microsoft invested 9 zorkmids in OpenAI.", 9)
    return AlignedGroup(topic: topic, claims: [a.0, b.0], sources: ["a": a.1, "b": b.1])
}

@Suite("ModuleProcess, ExternalExtractor, ExternalChecker in process")
struct ModuleProcessTests {
    @Test("a good extractor: handshake, code-point spans, many requests in one process, stderr to the log, a polite stop")
    func goodExtractor() async throws {
        let module = try Running(Modules.zork)
        defer { module.finish() }
        #expect(await offPool { module.process.connect() } == nil)
        #expect(module.process.handshake["name"] as? String == "zork-money")
        #expect(module.extractor.moduleDescription.tag == "zork-money@2.3.4")
        let pid = try #require(module.pid)

        for (name, text) in Corpus.files {
            let extraction = try await module.extract(text).get()
            let mention = try #require(extraction.mentions.first, "\(name)")
            #expect(extraction.mentions.count == 1)
            #expect(mention.kind == .money)
            let surface = try #require(text.range(of: "[0-9] zorkmids", options: .regularExpression).map { String(text[$0]) })
            #expect(mention.text == surface)
            #expect(mention.span.start == codePointOffset(of: surface, in: text), "\(name)")
            #expect(mention.span.end == mention.span.start + 10)
            #expect(codePoints(text, mention.span.start, mention.span.end) == mention.text)
            #expect(mention.value.unit == "ZORKMIDS")
            #expect(mention.value.number == Double(String(surface.prefix(1))))
        }
        // The same process served every request.
        #expect(module.pid == pid)
        #expect(module.process.stoppedBecause == nil)

        let log = try String(contentsOf: module.log, encoding: .utf8)
        #expect(log.contains("\(Modules.zork.stderrMarker) started"))
        #expect(log.contains("\(Modules.zork.stderrMarker) request 3"))

        await offPool { module.process.stop() }
        #expect(await ends(pid, within: 10), "the module did not exit after stop()")
    }

    @Test("an empty document is a request like any other")
    func emptyDocument() async throws {
        let module = try Running(Modules.zork)
        defer { module.finish() }
        let extraction = try await module.extract("").get()
        #expect(extraction.mentions.isEmpty)
        #expect(module.process.stoppedBecause == nil)
    }

    @Test("a module that exits on its second request is stopped; later requests fail at once with the same reason")
    func crashOnSecondRequest() async throws {
        let module = try Running(Modules.failing("crashy", .crashOnSecond))
        defer { module.finish() }
        let first = try await module.extract(Corpus.files[0].text).get()
        #expect(first.mentions.map(\.text) == ["5 brokebucks"])

        let second = await module.extract(Corpus.files[1].text)
        guard case .failure(let failure) = second else {
            Issue.record("the second request succeeded: \(second)")
            return
        }
        #expect(failure.reason.hasPrefix("stopped"), "\(failure.reason)")
        #expect(failure.reason.contains("exited"), "\(failure.reason)")
        #expect(module.process.stoppedBecause == failure)

        // A stopped module is not started again: the later request fails with the same reason
        // (a new process would have answered, or failed differently).
        let third = await module.extract(Corpus.files[2].text)
        #expect(throws: ModuleFailure.self) { try third.get() }
        if case .failure(let again) = third { #expect(again == failure) }
    }

    @Test("a module that hangs is stopped after request_seconds and killed")
    func hang() async throws {
        let module = try Running(Modules.failing("sleepy", .hang))
        defer { module.finish() }
        #expect(await offPool { module.process.connect() } == nil)
        let pid = try #require(module.pid)

        let started = ContinuousClock.now
        let result = await module.extract(Corpus.files[0].text)
        let waited = ContinuousClock.now - started
        guard case .failure(let failure) = result else {
            Issue.record("a hanging module answered: \(result)")
            return
        }
        // Not before its limit; how long after depends on the machine's load, so the reason
        // tells that the limit stopped it, not a clock.
        #expect(waited >= .milliseconds(1900), "\(waited)")
        #expect(failure.reason.hasPrefix("stopped"), "\(failure.reason)")
        #expect(failure.reason.contains("no answer within 2 s"), "\(failure.reason)")
        #expect(await ends(pid, within: 10), "the hanging module is still running")

        // A stopped module is not started or waited for again: the next request fails at once
        // with the same reason.
        let again = module.extractor.attemptExtraction(from: document("7 zorkmids"))
        guard case .failure(let second) = again else {
            Issue.record("a stopped module answered: \(again)")
            return
        }
        #expect(second == failure)
    }

    @Test("a module that writes a line that is not JSON is stopped")
    func garbage() async throws {
        let module = try Running(Modules.failing("noisy", .garbage))
        defer { module.finish() }
        let result = await module.extract(Corpus.files[0].text)
        guard case .failure(let failure) = result else {
            Issue.record("garbage was accepted: \(result)")
            return
        }
        #expect(failure.reason.hasPrefix("stopped"), "\(failure.reason)")
        #expect(failure.reason.contains("not a JSON object"), "\(failure.reason)")
        #expect(module.process.stoppedBecause == failure)
    }

    @Test("an answer of 24 MB is read within the time limit: reading costs its length, not its square")
    func largeAnswer() async throws {
        // Read by re-scanning everything buffered at each chunk, 4 MB took past ten seconds and
        // 24 MB would take about forty times as long; read once, it takes well under a second.
        let module = try Running(ModuleSpec(name: "padder", behaviour: .padded, requestSeconds: 60))
        defer { module.finish() }
        for size in [24_000_000, 100, 3_000_000] {
            let extraction = try await module.extract("PAD \(size), then 7 zorkmids").get()
            #expect(extraction.mentions.map(\.text) == ["7 zorkmids"])
        }
        #expect(module.process.stoppedBecause == nil)
    }

    @Test("limits.start_seconds bounds the start and the hello, apart from request_seconds")
    func startLimit() async throws {
        var impatient = ModuleSpec(name: "sluggish", behaviour: .slowStart)
        impatient.startSeconds = 1
        let stopped = try Running(impatient)
        defer { stopped.finish() }
        #expect(await offPool { stopped.process.connect() }?.reason == "stopped: no handshake: no answer within 1 s")
        // The same module given time to start: its three seconds are longer than its 2 s request limit.
        let patient = try Running(ModuleSpec(name: "sluggish", behaviour: .slowStart))
        defer { patient.finish() }
        #expect(await offPool { patient.process.connect() } == nil)
        let extraction = try await patient.extract("It cost 7 zorkmids.").get()
        #expect(extraction.mentions.map(\.text) == ["7 zorkmids"])
    }

    @Test("an answer past the 64 MB cap stops the module with the reason")
    func oversizedAnswer() async throws {
        let module = try Running(ModuleSpec(name: "padder", behaviour: .padded, requestSeconds: 120))
        defer { module.finish() }
        let result = await module.extract("PAD 70000000, then 7 zorkmids")
        guard case .failure(let failure) = result else {
            Issue.record("a 70 MB answer was accepted")
            return
        }
        #expect(failure.reason == "stopped: wrote an answer longer than 64 MB, the limit of one answer")
    }

    @Test("a module whose hello gives another protocol version is stopped at the handshake")
    func wrongProtocol() async throws {
        let module = try Running(Modules.failing("oldspeak", .good, helloProtocol: 2))
        defer { module.finish() }
        let failure = try #require(await offPool { module.process.connect() })
        #expect(failure.reason.contains("speaks protocol 2"), "\(failure.reason)")
        #expect(failure.reason.hasPrefix("stopped"), "\(failure.reason)")
        let result = await module.extract(Corpus.files[0].text)
        #expect(throws: ModuleFailure.self) { try result.get() }
        if case .failure(let again) = result { #expect(again == failure) }
    }

    @Test("a span outside the text stops the module; the request's good mentions are dropped too")
    func spanOutsideText() async throws {
        let module = try Running(Modules.failing("farout", .outsideSpan))
        defer { module.finish() }
        let result = await module.extract(Corpus.files[0].text)
        guard case .failure(let failure) = result else {
            Issue.record("a span outside the text was accepted: \(result)")
            return
        }
        #expect(failure.reason.hasPrefix("stopped"), "\(failure.reason)")
        #expect(failure.reason.contains("outside the text"), "\(failure.reason)")
        #expect(module.process.stoppedBecause == failure)
        // The module would answer the next request; it is stopped all the same.
        #expect(throws: ModuleFailure.self) { try module.extractor.attemptExtraction(from: document("no figures")).get() }
    }

    @Test("a surface that is not the text under its span stops the module")
    func wrongSurface() async throws {
        let module = try Running(Modules.failing("liar", .wrongText))
        defer { module.finish() }
        let result = await module.extract(Corpus.files[0].text)
        guard case .failure(let failure) = result else {
            Issue.record("a wrong surface was accepted: \(result)")
            return
        }
        #expect(failure.reason.hasPrefix("stopped"), "\(failure.reason)")
        #expect(failure.reason.contains("holds"), "\(failure.reason)")
        #expect(module.process.stoppedBecause == failure)
    }

    @Test("a surface canonically equivalent to the text under its span, in other code points, stops the module")
    func canonicallyEquivalentSurface() async throws {
        let module = try Running(Modules.failing("normalizer", .equivalentText))
        defer { module.finish() }
        // a.txt starts with "Re\u{301}sume\u{301}" (decomposed); the module quotes it precomposed.
        let result = await module.extract(Corpus.files[0].text)
        guard case .failure(let failure) = result else {
            Issue.record("a surface in other code points was accepted: \(result)")
            return
        }
        #expect(failure.reason.hasPrefix("stopped"), "\(failure.reason)")
        #expect(failure.reason.contains("span 0..<8 holds"), "\(failure.reason)")
        // A text without such a word is answered well by the same program.
        let clean = try Running(Modules.failing("normalizer-clean", .equivalentText))
        defer { clean.finish() }
        #expect(try await clean.extract(Corpus.files[2].text).get().mentions.map(\.text) == ["4 brokebucks"])
    }

    @Test("an answer with the wrong id stops the module")
    func wrongID() async throws {
        let module = try Running(Modules.failing("offbyone", .wrongID))
        defer { module.finish() }
        let result = await module.extract(Corpus.files[0].text)
        guard case .failure(let failure) = result else {
            Issue.record("an answer with the wrong id was accepted: \(result)")
            return
        }
        #expect(failure.reason.hasPrefix("stopped"), "\(failure.reason)")
        #expect(module.process.stoppedBecause == failure)
    }

    @Test("an error answer fails that request only; the module stays in the run")
    func declinedRequest() async throws {
        let module = try Running(Modules.failing("picky", .declines))
        defer { module.finish() }
        let declined = await module.extract("REFUSE: Google invested 5 brokebucks in Anthropic.")
        guard case .failure(let failure) = declined else {
            Issue.record("a declined request succeeded: \(declined)")
            return
        }
        #expect(failure.reason.contains("refused on purpose"), "\(failure.reason)")
        #expect(module.process.stoppedBecause == nil)
        let next = try await module.extract(Corpus.files[1].text).get()
        #expect(next.mentions.map(\.text) == ["6 brokebucks"])
    }

    @Test("limits.memory_mb sets the module's address-space limit")
    func memoryLimit() async throws {
        var spec = Modules.zork
        spec.memoryMB = 512
        let module = try Running(spec)
        defer { module.finish() }
        #expect(await offPool { module.process.connect() } == nil)
        #expect(module.process.handshake["as_limit"] as? Int == 512 * 1024 * 1024)
        let extraction = try await module.extract(Corpus.files[2].text).get()
        #expect(extraction.mentions.map(\.text) == ["8 zorkmids"])
    }

    @Test("a good checker's findings quote the group's claims and carry its name@version")
    func goodChecker() async throws {
        let module = try Running(Modules.alwaysConflict)
        defer { module.finish() }
        let group = sampleGroup()
        let checker = module.checker
        let findings = try await offPool { checker.attemptCheck(group) }.get()
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .high)
        #expect(finding.checker == "always-conflict@0.9.1")
        #expect(finding.kind == .money)
        #expect(finding.topic == group.topic.label)
        #expect(finding.statements.map(\.claimID) == group.claims.map(\.id))
        #expect(finding.statements.map(\.text) == ["7 zorkmids", "9 zorkmids"])

        let empty = AlignedGroup(topic: group.topic, claims: [], sources: [:])
        #expect(try await offPool { checker.attemptCheck(empty) }.get().isEmpty)
    }

    @Test("a checker quoting a claim outside its group is stopped")
    func checkerOutsideGroup() async throws {
        var spec = Modules.alwaysConflict
        spec.name = "stranger-quoter"
        spec.behaviour = .outsideGroup
        let module = try Running(spec)
        defer { module.finish() }
        let group = sampleGroup()
        let checker = module.checker
        let result = await offPool { checker.attemptCheck(group) }
        guard case .failure(let failure) = result else {
            Issue.record("a finding quoting a claim outside the group was accepted: \(result)")
            return
        }
        #expect(failure.reason.hasPrefix("stopped"), "\(failure.reason)")
        #expect(failure.reason.contains("outside its group"), "\(failure.reason)")
        #expect(module.process.stoppedBecause == failure)
    }

    @Test("discovery: modules under --modules folders, disabled ones listed but not run, broken manifests reported")
    func discovery() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let modules = folder.path("modules")
        try Modules.zork.write(into: modules)
        try Modules.alwaysConflict.write(into: modules)
        var disabled = ModuleSpec(name: "switched-off", behaviour: .marker)
        disabled.enabled = false
        try disabled.write(into: modules)
        try folder.write("modules/broken/module.json", "{ this is not a manifest")

        let set = ModuleRegistry.external(workbench: Workbench(root: folder.path("wb")), folders: [modules.path])
        let names = Set(set.manifests.map(\.name))
        #expect(names.isSuperset(of: ["zork-money", "always-conflict", "switched-off", "english-number-words"]))
        let extractors = set.extractors.map(\.moduleDescription.tag)
        #expect(extractors.contains("zork-money@2.3.4"))
        #expect(!extractors.contains { $0.hasPrefix("switched-off") })
        #expect(set.checkers.map(\.moduleDescription.tag) == ["always-conflict@0.9.1"])
        #expect(set.errors.count == 1)
        #expect(set.errors.first?.description.contains("broken/module.json") == true, "\(set.errors)")
    }
}
