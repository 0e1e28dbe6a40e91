import ArgumentParser
import ClaimsCore
import Foundation

extension ModulesCommand {
    /// `claims modules test PATH`: the conformance suite for a module loaded at run time.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the conformance suite against a module folder and print what fails.",
            discussion: """
            Checks the manifest, the handshake, well-formed answers with spans inside the text, an \
            empty and a large document, and the time limit. Exit status 0 when everything passes, 1 otherwise.
            """
        )

        @Argument(help: ArgumentHelp("The module's folder (holding module.json).", valueName: "path"))
        var path: String

        @Option(name: .long, help: "Size of the large-document test, in megabytes.")
        var largeMb: Double = 2

        func run() throws {
            var failures = 0
            func report(_ ok: Bool, _ line: String) {
                Console.out((ok ? "ok    " : "FAIL  ") + line + "\n")
                if !ok { failures += 1 }
            }
            let manifest: ModuleManifest
            do { manifest = try ModuleManifest.load(folder: URL(fileURLWithPath: path)) } catch {
                report(false, "manifest: \(error.description)")
                throw CommandFailure.found
            }
            report(true, "manifest: \(manifest.name) \(manifest.version), \(manifest.kind.rawValue), protocol \(manifest.protocol)")
            let log = FileManager.default.temporaryDirectory.appendingPathComponent("claims-module-test-\(manifest.name).log")
            let process = ModuleProcess(manifest: manifest, logURL: log)
            defer { process.stop() }
            if let failure = process.connect() {
                report(false, "handshake: \(failure.reason)")
                throw CommandFailure.found
            }
            let said = process.handshake
            report(true, "handshake: protocol \(ModuleProcess.protocolVersion)")
            if let name = said["name"] as? String, name != manifest.name {
                report(false, "handshake: the module calls itself \(name), the manifest \(manifest.name)")
            }

            switch manifest.kind {
            case .extractor:
                let extractor = ExternalExtractor(process: process)
                let samples: [(String, String)] = [
                    ("en", "Acme invested $2 billion in Beta in March 2021, and 38 people were hurt."),
                    ("zh-Hans", "阿克米在2020年收购了贝塔30%的股份，投资20亿美元。"),
                    ("vi", "Acme đầu tư 2 tỷ USD vào Beta; 5 người thiệt mạng."),
                    ("en", ""),
                ]
                for (language, text) in samples {
                    let document = Self.document(text, language: language)
                    let started = Date()
                    switch extractor.attemptExtraction(from: document) {
                    case .success(let extraction):
                        report(true, "extract (\(language), \(text.isEmpty ? "empty" : "\(text.unicodeScalars.count) characters")): \(extraction.mentions.count) mention(s), spans inside the text, in \(Self.ms(started)) ms")
                    case .failure(let failure):
                        report(false, "extract (\(language)): \(failure.reason)")
                        throw CommandFailure.found
                    }
                }
                let unit = "Acme invested $2 billion in Beta in 2021. 阿克米投资20亿美元。 "
                let large = String(repeating: unit, count: max(1, Int(largeMb * 1_048_576) / unit.utf8.count))
                let started = Date()
                switch extractor.attemptExtraction(from: Self.document(large, language: "en")) {
                case .success(let extraction):
                    let seconds = Date().timeIntervalSince(started)
                    report(true, String(format: "extract (%.1f MB): %d mention(s) in %.2f s, within the %@ s limit", Double(large.utf8.count) / 1_048_576, extraction.mentions.count, seconds, ModuleProcess.seconds(manifest.requestTimeout)))
                case .failure(let failure):
                    report(false, "extract (large document): \(failure.reason)")
                }
            case .scorer:
                report(false, "kind: pair scorers run in process only in protocol 1")
            case .checker:
                let checker = ExternalChecker(process: process)
                let group = Self.group()
                let started = Date()
                switch checker.attemptCheck(group) {
                case .success(let findings):
                    report(true, "check (\(group.claims.count) claims): \(findings.count) finding(s), quoting claims of the group, in \(Self.ms(started)) ms")
                case .failure(let failure):
                    report(false, "check: \(failure.reason)")
                }
                let empty = AlignedGroup(topic: group.topic, claims: [], sources: [:])
                switch checker.attemptCheck(empty) {
                case .success: report(true, "check (empty group): answered")
                case .failure(let failure): report(false, "check (empty group): \(failure.reason)")
                }
            }
            Console.out(failures == 0 ? "\(manifest.name) conforms to protocol \(ModuleProcess.protocolVersion)\n" : "\(failures) failure(s); module log: \(log.path)\n")
            if failures > 0 { throw CommandFailure.found }
        }

        static func ms(_ start: Date) -> Int { Int(Date().timeIntervalSince(start) * 1000) }

        static func document(_ text: String, language: String) -> Document {
            Document(source: SourceInfo(id: "sample", location: .file(URL(fileURLWithPath: "/dev/null")), displayName: "sample",
                                        language: language, published: PartialDate(parsing: "2023-06-01")), text: text)
        }

        static func group() -> AlignedGroup {
            let a = Document(source: SourceInfo(id: "a", location: .file(URL(fileURLWithPath: "/dev/null")), displayName: "a", language: "en"),
                             text: "Acme invested $2 billion in Beta.")
            let b = Document(source: SourceInfo(id: "b", location: .file(URL(fileURLWithPath: "/dev/null")), displayName: "b", language: "en"),
                             text: "Acme invested $5 billion in Beta.")
            let topic = ClaimTopic(key: "invested|acme|beta", label: "Acme, Beta: amount invested")
            func claim(_ document: Document, _ value: Double) -> Claim {
                let mention = Mention(kind: .money, span: TextSpan(start: 14, end: 24), text: document.text(in: TextSpan(start: 14, end: 24)) ?? "",
                                      value: NormalizedValue(display: "USD \(Int(value / 1e9)) billion", number: value, unit: "USD"))
                return Claim(mention: mention, in: document, extractor: "sample", topic: topic)
            }
            return AlignedGroup(topic: topic, claims: [claim(a, 2e9), claim(b, 5e9)], sources: ["a": a.source, "b": b.source])
        }
    }
}
