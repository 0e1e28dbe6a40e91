import ArgumentParser
import ClaimsCore
import Foundation

enum ModuleLanguage: String, ExpressibleByArgument, CaseIterable {
    case python, swift
}

extension ModuleKind: ExpressibleByArgument {}

extension ModulesCommand {
    /// `claims modules new`: a working module to start from, with its test.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a working module (Python script or Swift package) with a test, under Claims/modules/NAME.",
            discussion: "The module passes `claims modules test` as created; change its logic from there. See README, \"Writing a module\"."
        )

        @Argument(help: ArgumentHelp("The module's name: lower case with dashes.", valueName: "name"))
        var name: String

        @Option(name: .long, help: "extractor (finds values in a document) or checker (judges aligned claims).")
        var kind: ModuleKind

        @Option(name: .long, help: "python or swift.")
        var lang: ModuleLanguage = .python

        @Option(name: .long, help: ArgumentHelp("Folder to create it in (default: the workbench's Claims/modules/).", valueName: "dir"))
        var to: String?

        @OptionGroup var workbenchOptions: WorkbenchOptions

        func validate() throws {
            guard name.range(of: "^[a-z][a-z0-9-]*$", options: .regularExpression) != nil else {
                throw ValidationError("a module name is lower case letters, digits and dashes, starting with a letter")
            }
            guard kind != .scorer else {
                throw ValidationError("--kind is extractor or checker: pair scorers run in process only in protocol 1")
            }
        }

        func run() throws {
            let root = to.map { URL(fileURLWithPath: $0) } ?? workbenchOptions.located.claimsDirectory.appendingPathComponent("modules")
            let folder = root.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: folder.path) {
                throw CommandFailure.input("\(folder.path): already exists")
            }
            let files = ModuleTemplates.files(name: name, kind: kind, language: lang)
            do {
                for (path, text) in files {
                    let url = folder.appendingPathComponent(path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try text.write(to: url, atomically: true, encoding: .utf8)
                }
            } catch {
                throw CommandFailure.input("\(folder.path): cannot be written: \(error.localizedDescription)")
            }
            Console.out("created \(folder.path): \(files.map(\.0).sorted().joined(separator: ", "))\n")
            switch lang {
            case .python: Console.out("next: claims modules test \(folder.path)\n")
            case .swift: Console.out("next: swift build -c release --package-path \(folder.path) && claims modules test \(folder.path)\n")
            }
        }
    }
}

/// The files of a new module. The examples are small but real: the extractor finds
/// percentages written with digits and a per-cent sign; the checker calls a group a conflict
/// when its numbers differ by more than 2 %.
enum ModuleTemplates {
    static func files(name: String, kind: ModuleKind, language: ModuleLanguage) -> [(String, String)] {
        switch language {
        case .python:
            return [("module.json", manifest(name: name, kind: kind, command: ["python3", "module.py"])),
                    ("module.py", python(name: name, kind: kind)),
                    ("test_module.py", pythonTest(kind: kind))]
        case .swift:
            let product = name.replacingOccurrences(of: "-", with: "_")
            return [("module.json", manifest(name: name, kind: kind, command: [".build/release/\(product)"])),
                    ("Package.swift", swiftPackage(product: product)),
                    ("Sources/\(product)/main.swift", swiftMain(name: name, kind: kind)),
                    ("Tests/\(product)Tests/ModuleTests.swift", swiftTest(product: product, kind: kind))]
        }
    }

    static func manifest(name: String, kind: ModuleKind, command: [String]) -> String {
        let commandJSON = command.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
        {
          "name": "\(name)",
          "kind": "\(kind.rawValue)",
          "version": "0.1.0",
          "protocol": 1,
          "languages": ["*"],
          "command": [\(commandJSON)],
          "summary": "\(kind == .extractor ? "percentages written with digits (example)" : "figures that differ by more than 2 % (example)")",
          "limits": {"request_seconds": 10, "start_seconds": 60, "memory_mb": 512}
        }

        """
    }

    static func python(name: String, kind: ModuleKind) -> String {
        let logic = kind == .extractor ? """
        def extract(document):
            \"\"\"Mentions in the document: spans are code-point offsets into document["text"].\"\"\"
            text = document["text"]
            mentions = []
            for match in re.finditer(r"(\\d+(?:\\.\\d+)?)\\s?%", text):
                mentions.append({
                    "kind": "percentage",
                    "start": match.start(),
                    "end": match.end(),
                    "text": match.group(0),
                    "value": {"display": match.group(1) + "%", "number": float(match.group(1)), "unit": "percent"},
                })
            return {"mentions": mentions}
        """ : """
        def check(group):
            \"\"\"Findings about a group of aligned claims; statements name claim ids of the group.\"\"\"
            claims = [c for c in group["claims"] if "number" in c.get("value", {})]
            if len(claims) < 2:
                return {"findings": []}
            numbers = [c["value"]["number"] for c in claims]
            low, high = min(numbers), max(numbers)
            apart = high > 0 and (high - low) / high > 0.02
            return {"findings": [{
                "verdict": "conflict" if apart else "consistent",
                "severity": "medium" if apart else "info",
                "confidence": 0.5,
                "rationale": ("the figures differ: %g vs %g" % (low, high)) if apart else "the figures agree",
                "statements": [c["id"] for c in claims],
            }]}
        """
        let handler = kind == .extractor ? "extract(message[\"document\"])" : "check(message[\"group\"])"
        let request = kind == .extractor ? "extract" : "check"
        return """
        #!/usr/bin/env python3
        \"\"\"\(name): a claims \(kind.rawValue) module speaking protocol 1 (docs/module-protocol.md):
        one JSON object a line on stdin and stdout; logs go to stderr.\"\"\"
        import json
        import re
        import sys

        NAME = "\(name)"
        VERSION = "0.1.0"


        \(logic)

        def main():
            for line in sys.stdin:
                message = json.loads(line)
                kind = message.get("type")
                if kind == "hello":
                    reply = {"type": "hello", "protocol": 1, "name": NAME, "version": VERSION, "kind": "\(kind.rawValue)"}
                elif kind == "\(request)":
                    try:
                        reply = {"type": "result", "id": message["id"], **\(handler)}
                    except Exception as error:  # a bad request is answered, not fatal
                        reply = {"type": "error", "id": message.get("id"), "message": str(error)}
                elif kind == "bye":
                    break
                else:
                    reply = {"type": "error", "id": message.get("id"), "message": "unknown request " + str(kind)}
                sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\\n")
                sys.stdout.flush()


        if __name__ == "__main__":
            main()

        """
    }

    static func pythonTest(kind: ModuleKind) -> String {
        let request = kind == .extractor
            ? #"{"type": "extract", "id": 1, "document": {"id": "t", "language": "en", "text": "Acme owns 49% of Beta.", "sentences": [[0, 22]]}}"#
            : #"{"type": "check", "id": 1, "group": {"topic": {"key": "k", "label": "k"}, "claims": [{"id": "a", "value": {"number": 2}}, {"id": "b", "value": {"number": 5}}]}}"#
        let assertion = kind == .extractor
            ? #"self.assertEqual(result["mentions"][0]["text"], "49%"); self.assertEqual(result["mentions"][0]["start"], 10)"#
            : #"self.assertEqual(result["findings"][0]["verdict"], "conflict")"#
        return """
        \"\"\"Runs the module as the host does: python3 -m unittest test_module.py\"\"\"
        import json
        import subprocess
        import unittest


        class ModuleTest(unittest.TestCase):
            def test_handshake_and_request(self):
                process = subprocess.Popen(["python3", "module.py"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                out, _ = process.communicate('{"type": "hello", "protocol": 1}\\n' + '\(request)' + "\\n", timeout=10)
                hello, result = [json.loads(line) for line in out.splitlines()]
                self.assertEqual(hello["protocol"], 1)
                self.assertEqual(result["type"], "result")
                \(assertion)


        if __name__ == "__main__":
            unittest.main()

        """
    }

    static func swiftPackage(product: String) -> String {
        """
        // swift-tools-version: 6.0
        import PackageDescription

        let package = Package(
            name: "\(product)",
            targets: [
                .executableTarget(name: "\(product)", path: "Sources/\(product)"),
                .testTarget(name: "\(product)Tests", dependencies: ["\(product)"], path: "Tests/\(product)Tests"),
            ]
        )

        """
    }

    static func swiftTest(product: String, kind: ModuleKind) -> String {
        let request = kind == .extractor
            ? #"{"type": "extract", "id": 1, "document": {"id": "t", "language": "en", "text": "Acme owns 49% of Beta.", "sentences": [[0, 22]]}}"#
            : #"{"type": "check", "id": 1, "group": {"topic": {"key": "k", "label": "k"}, "claims": [{"id": "a", "value": {"number": 2}}, {"id": "b", "value": {"number": 5}}]}}"#
        let expectation = kind == .extractor ? #"result.contains("49%")"# : #"result.contains("conflict")"#
        return #"""
        // Runs the module as the host does: swift test
        import Foundation
        import Testing

        @Test func handshakeAndRequest() throws {
            let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("\#(product)")
            let process = Process()
            process.executableURL = binary
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(Data(#"{"type": "hello", "protocol": 1}"#.utf8 + [10]))
            input.fileHandleForWriting.write(Data(#"\#(request)"#.utf8 + [10]))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.count == 2)
            #expect(lines.first?.contains("hello") == true)
            let result = lines.last ?? ""
            #expect(\#(expectation))
        }

        """#
    }

    static func swiftMain(name: String, kind: ModuleKind) -> String {
        let logic = kind == .extractor ? """
        /// Percentages written with digits: code-point offsets into the text.
        func extract(_ document: [String: Any]) -> [String: Any] {
            let scalars = Array((document["text"] as? String ?? "").unicodeScalars)
            var mentions: [[String: Any]] = []
            var i = 0
            while i < scalars.count {
                guard scalars[i].properties.numericType != nil, scalars[i].isASCII else { i += 1; continue }
                var j = i
                while j < scalars.count, scalars[j].isASCII, scalars[j].properties.numericType != nil || scalars[j] == "." { j += 1 }
                var end = j
                if end < scalars.count, scalars[end] == " " { end += 1 }
                if end < scalars.count, scalars[end] == "%" {
                    let digits = String(scalars: scalars[i..<j])
                    mentions.append(["kind": "percentage", "start": i, "end": end + 1,
                                     "text": String(scalars: scalars[i...end]),
                                     "value": ["display": digits + "%", "number": Double(digits) ?? 0, "unit": "percent"]])
                    i = end + 1
                } else {
                    i = j
                }
            }
            return ["mentions": mentions]
        }
        """ : """
        /// Conflict when the group's numbers differ by more than 2 %.
        func check(_ group: [String: Any]) -> [String: Any] {
            let claims = (group["claims"] as? [[String: Any]] ?? []).filter { ($0["value"] as? [String: Any])?["number"] != nil }
            guard claims.count > 1 else { return ["findings": []] }
            let numbers = claims.map { (($0["value"] as? [String: Any])?["number"] as? Double) ?? 0 }
            let low = numbers.min()!, high = numbers.max()!
            let apart = high > 0 && (high - low) / high > 0.02
            return ["findings": [["verdict": apart ? "conflict" : "consistent", "severity": apart ? "medium" : "info",
                                  "confidence": 0.5, "rationale": apart ? "the figures differ: \\(low) vs \\(high)" : "the figures agree",
                                  "statements": claims.map { $0["id"] as? String ?? "" }]]]
        }
        """
        let request = kind == .extractor ? "extract" : "check"
        let argument = kind == .extractor ? "document" : "group"
        return """
        // \(name): a claims \(kind.rawValue) module speaking protocol 1 (docs/module-protocol.md).
        import Foundation

        \(logic)

        func write(_ object: [String: Any]) {
            let data = try! JSONSerialization.data(withJSONObject: object)
            FileHandle.standardOutput.write(data + Data("\\n".utf8))
        }

        while let line = readLine() {
            guard let message = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            switch message["type"] as? String {
            case "hello":
                write(["type": "hello", "protocol": 1, "name": "\(name)", "version": "0.1.0", "kind": "\(kind.rawValue)"])
            case "\(request)":
                var reply = \(request)(message["\(argument)"] as? [String: Any] ?? [:])
                reply["type"] = "result"
                reply["id"] = message["id"]
                write(reply)
            case "bye":
                exit(0)
            default:
                write(["type": "error", "id": message["id"] ?? NSNull(), "message": "unknown request"])
            }
        }

        """
    }
}
