import ClaimsCore
import Foundation

/// An extractor running in its own process, in any language, spoken to over the module
/// protocol. Its answers are checked like a built-in module's, and more strictly: one span
/// outside the text or one surface that is not the text under it stops the module.
public struct ExternalExtractor: ClaimExtractor {
    public static let description = ModuleDescription(name: "external", kind: .extractor, version: "0",
                                                      languages: ["*"], summary: "an extractor loaded at run time")
    public let process: ModuleProcess
    public var moduleDescription: ModuleDescription { process.manifest.description }

    public init(process: ModuleProcess) { self.process = process }

    public func extract(from document: Document) -> Extraction {
        (try? attemptExtraction(from: document).get()) ?? Extraction()
    }

    public func attemptExtraction(from document: Document) -> Result<Extraction, ModuleFailure> {
        let payload: [String: Any] = ["document": ExternalPayload.document(document)]
        switch process.request("extract", payload) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let answer):
            guard let list = answer["mentions"] as? [[String: Any]] else {
                return .failure(process.stop(because: "its result has no \"mentions\" list"))
            }
            var mentions: [Mention] = []
            for (index, item) in list.enumerated() {
                switch ExternalPayload.mention(item, in: document) {
                case .success(let mention): mentions.append(mention)
                case .failure(let problem): return .failure(process.stop(because: "mention \(index): \(problem)"))
                }
            }
            return .success(Extraction(mentions: mentions))
        }
    }
}

/// A cross-checker running in its own process; its findings may only quote the group's claims.
public struct ExternalChecker: CrossChecker {
    public static let description = ModuleDescription(name: "external", kind: .checker, version: "0",
                                                      languages: ["*"], summary: "a checker loaded at run time")
    public let process: ModuleProcess
    public var moduleDescription: ModuleDescription { process.manifest.description }

    public init(process: ModuleProcess) { self.process = process }

    public func check(_ group: AlignedGroup) -> [Finding] { (try? attemptCheck(group).get()) ?? [] }

    /// One request at a time to its process, in group order, stopping at its first failure.
    public var checksConcurrently: Bool { false }

    public func attemptCheck(_ group: AlignedGroup) -> Result<[Finding], ModuleFailure> {
        let payload: [String: Any] = ["group": ExternalPayload.group(group)]
        switch process.request("check", payload) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let answer):
            guard let list = answer["findings"] as? [[String: Any]] else {
                return .failure(process.stop(because: "its result has no \"findings\" list"))
            }
            var findings: [Finding] = []
            let claims = Dictionary(group.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for (index, item) in list.enumerated() {
                guard let verdict = (item["verdict"] as? String).flatMap(Verdict.init(rawValue:)),
                      let severity = (item["severity"] as? String).flatMap(Severity.init(rawValue:)),
                      let rationale = item["rationale"] as? String, !rationale.isEmpty,
                      let ids = item["statements"] as? [String], !ids.isEmpty else {
                    return .failure(process.stop(because: "finding \(index) lacks a valid verdict, severity, rationale or statements"))
                }
                let quoted = ids.compactMap { claims[$0] }
                guard quoted.count == ids.count else {
                    return .failure(process.stop(because: "finding \(index) quotes claims outside its group"))
                }
                let confidence = (item["confidence"] as? Double).map { min(1, max(0, $0)) } ?? 0.5
                findings.append(Finding(kind: quoted[0].kind, topic: group.topic.label, verdict: verdict, severity: severity,
                                        confidence: confidence, rationale: rationale, checker: moduleDescription.tag,
                                        statements: quoted.map(Statement.init(claim:))))
            }
            return .success(findings)
        }
    }
}

/// The JSON shapes of the module protocol (docs/module-protocol.md).
enum ExternalPayload {
    static func document(_ document: Document) -> [String: Any] {
        var payload: [String: Any] = [
            "id": document.source.id,
            "language": document.language,
            "text": document.text,
            "sentences": document.sentences.map { [$0.start, $0.end] },
        ]
        if let published = document.source.published { payload["published"] = published.description }
        if let title = document.source.title { payload["title"] = title }
        return payload
    }

    static func mention(_ item: [String: Any], in document: Document) -> Result<Mention, ModuleFailure> {
        guard let kind = (item["kind"] as? String).flatMap(MentionKind.init(rawValue:)) else {
            return .failure(ModuleFailure("unknown kind \(item["kind"].map { "\($0)" } ?? "(none)")"))
        }
        guard let start = item["start"] as? Int, let end = item["end"] as? Int, let text = item["text"] as? String else {
            return .failure(ModuleFailure("start, end and text are required"))
        }
        guard start >= 0, start < end, end <= document.scalars.count, let actual = document.text(in: TextSpan(start: start, end: end)) else {
            return .failure(ModuleFailure("span \(start)..<\(end) lies outside the text (\(document.scalars.count) characters)"))
        }
        guard actual.unicodeScalars.elementsEqual(text.unicodeScalars) else {
            return .failure(ModuleFailure("span \(start)..<\(end) holds \"\(actual)\", not \"\(text)\""))
        }
        let value = item["value"] as? [String: Any] ?? [:]
        func number(_ key: String) -> Double? { (value[key] as? NSNumber)?.doubleValue }
        let normalized = NormalizedValue(display: value["display"] as? String ?? text, number: number("number"),
                                         low: number("low"), high: number("high"), unit: value["unit"] as? String,
                                         hedge: value["hedge"] as? String)
        return .success(Mention(kind: kind, span: TextSpan(start: start, end: end), text: text, value: normalized))
    }

    /// A normalized value as JSON, leaving out the fields it does not have.
    static func value(_ value: NormalizedValue) -> [String: Any] {
        var out: [String: Any] = ["display": value.display]
        if let number = value.number { out["number"] = number }
        if let low = value.low { out["low"] = low }
        if let high = value.high { out["high"] = high }
        if let unit = value.unit { out["unit"] = unit }
        if let hedge = value.hedge { out["hedge"] = hedge }
        return out
    }

    static func group(_ group: AlignedGroup) -> [String: Any] {
        [
            "topic": ["key": group.topic.key, "label": group.topic.label],
            "claims": group.claims.map { claim -> [String: Any] in
                var entry: [String: Any] = [
                    "id": claim.id, "source": claim.sourceID, "kind": claim.kind.rawValue, "text": claim.text,
                    "quote": claim.quote, "start": claim.span.start, "end": claim.span.end,
                    "value": value(claim.value),
                ]
                if let published = group.sources[claim.sourceID]?.published { entry["published"] = published.description }
                return entry
            },
        ]
    }
}
