import Foundation

/// Receives progress lines while a run goes on (the host prints them on stderr).
public protocol ProgressReporter: Sendable {
    func report(_ line: String)
}

/// A module that misbehaved on a source, and what it did.
public struct ModuleProblem: Hashable, Sendable, CustomStringConvertible {
    public var module: String
    public var source: String?
    public var problem: String

    public var description: String {
        if let source { return "\(module) on \(source): \(problem)" }
        return "\(module): \(problem)"
    }
}

/// Everything a run produced, before it is rendered.
public struct CheckResult: Sendable {
    public var documents: [Document]
    public var sourceErrors: [SourceError]
    public var moduleProblems: [ModuleProblem]
    public var claims: [Claim]
    public var findings: [Finding]
    public var extractors: [ModuleDescription]
    public var scorers: [ModuleDescription] = []
    public var checkers: [ModuleDescription]

    public init(documents: [Document], sourceErrors: [SourceError] = [], moduleProblems: [ModuleProblem] = [], claims: [Claim],
                findings: [Finding], extractors: [ModuleDescription] = [], checkers: [ModuleDescription] = []) {
        self.documents = documents
        self.sourceErrors = sourceErrors
        self.moduleProblems = moduleProblems
        self.claims = claims
        self.findings = findings
        self.extractors = extractors
        self.checkers = checkers
    }
}

/// The run: load every source, extract from each, align the claims, check each group. A source
/// that cannot be read, or a module that returns nonsense, is reported and the run goes on.
public struct CheckPipeline: Sendable {
    public var loaders: [any SourceLoader]
    public var extractors: [any ClaimExtractor]
    public var checkers: [any CrossChecker]
    public var aligner: Aligner
    /// Ties values to entities and attributes; without it claims get no topic and nothing aligns.
    public var claimBuilder: ClaimBuilder?
    public var progress: (any ProgressReporter)?
    /// Sources read at once; URL fetches are mostly waiting, so more than the core count.
    public var parallelism: Int
    /// The words after which a period does not end a sentence: those of the extractors' lexicons.
    public var abbreviations: Set<String>
    /// Guesses the language of a source no manifest describes (from the value lexicons).
    public var guesser = LanguageGuesser()

    public init(loaders: [any SourceLoader], extractors: [any ClaimExtractor], checkers: [any CrossChecker],
                aligner: Aligner = Aligner(), claimBuilder: ClaimBuilder? = nil, progress: (any ProgressReporter)? = nil,
                parallelism: Int = 8) {
        self.loaders = loaders
        self.extractors = extractors
        self.checkers = checkers
        self.aligner = aligner
        self.claimBuilder = claimBuilder
        self.progress = progress
        self.parallelism = max(1, parallelism)
        self.abbreviations = extractors.reduce(into: []) { $0.formUnion($1.sentenceAbbreviations) }
    }

    /// The loaders for every kind of source, in the order they are tried.
    public static func standardLoaders(limits: LoaderLimits = .default, cache: FetchCache? = nil, refresh: Bool = false) -> [any SourceLoader] {
        [URLLoader(limits: limits, cache: cache, refresh: refresh), HTMLLoader(limits: limits), PlainTextLoader(limits: limits)]
    }

    private struct SourceOutcome: Sendable {
        var document: Document?
        var error: SourceError?
        var claims: [Claim] = []
        var problems: [ModuleProblem] = []
    }

    public func run(_ requests: [SourceRequest], priorErrors: [SourceError] = []) async -> CheckResult {
        let total = requests.count
        var outcomes = [SourceOutcome?](repeating: nil, count: total)
        await withTaskGroup(of: (Int, SourceOutcome).self) { group in
            var next = 0
            var done = 0
            func launch(_ index: Int) {
                let request = requests[index]
                group.addTask { (index, await self.process(request)) }
            }
            while next < min(parallelism, total) {
                launch(next)
                next += 1
            }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                done += 1
                if let progress {
                    let name = requests[index].info.displayName
                    let status = outcome.error.map { "failed: \($0.problem)" } ?? "\(outcome.claims.count) claims"
                    progress.report("[\(done)/\(total)] \(name): \(status)")
                }
                if next < total {
                    launch(next)
                    next += 1
                }
            }
        }

        var documents: [Document] = []
        var errors = priorErrors
        var problems: [ModuleProblem] = []
        var claims: [Claim] = []
        for outcome in outcomes.compactMap({ $0 }) {
            if let document = outcome.document { documents.append(document) }
            if let error = outcome.error { errors.append(error) }
            problems += outcome.problems
            claims += outcome.claims
        }
        let sources = Dictionary(documents.map { ($0.source.id, $0.source) }, uniquingKeysWith: { first, _ in first })
        let (findings, checkProblems) = check(claims, sources: sources)
        var result = CheckResult(documents: documents, sourceErrors: errors, moduleProblems: Self.collapse(problems + checkProblems),
                                 claims: claims, findings: findings,
                                 extractors: extractors.map(\.moduleDescription), checkers: checkers.map(\.moduleDescription))
        result.scorers = aligner.scorers.map(\.moduleDescription)
        return result
    }

    /// One line per module and problem: a module stopped on the first source fails the same
    /// way on every other, which is said once, with the count.
    static func collapse(_ problems: [ModuleProblem]) -> [ModuleProblem] {
        var order: [String] = []
        var grouped: [String: [ModuleProblem]] = [:]
        for problem in problems {
            let key = problem.module + "\u{1F}" + problem.problem
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(problem)
        }
        return order.map { key in
            let same = grouped[key]!
            guard same.count > 1 else { return same[0] }
            return ModuleProblem(module: same[0].module, source: nil,
                                 problem: "\(same[0].problem) (on \(same.count) sources, first \(same[0].source ?? "?"))")
        }
    }

    /// Reads one source into a document and extracts its claims.
    private func process(_ request: SourceRequest) async -> SourceOutcome {
        guard let loader = loaders.first(where: { $0.canLoad(request) }) else {
            return SourceOutcome(error: SourceError(source: request.info.displayName, problem: "no loader reads this kind of source"))
        }
        let loaded: LoadedText
        do {
            loaded = try await loader.load(request)
        } catch {
            return SourceOutcome(error: error)
        }
        var info = request.info
        if info.title == nil { info.title = loaded.title }
        if info.language == nil { info.language = loaded.declaredLanguage ?? guesser.guess(loaded.text) }
        let document = Document(source: info, text: loaded.text, contentHash: loaded.contentHash, abbreviations: abbreviations)
        let (claims, problems) = extract(document)
        return SourceOutcome(document: document, claims: claims, problems: problems)
    }

    /// Runs every extractor that handles the document's language and keeps only well-formed
    /// output: spans inside the text whose surface matches. One claim per kind and span.
    public func extract(_ document: Document) -> ([Claim], [ModuleProblem]) {
        var claims: [Claim] = []
        var problems: [ModuleProblem] = []
        var seen: Set<String> = []
        let running = extractors.filter { $0.moduleDescription.supports(language: document.language) }
        // The extractors read a long source at once, each on a core of its own; short sources
        // are already spread over the cores one source a task.
        let outputs = document.scalars.count >= Self.longSource
            ? Parallel.map(running, minimumPerChunk: 1) { $0.attemptExtraction(from: document) }
            : running.map { $0.attemptExtraction(from: document) }
        for (extractor, outcome) in zip(running, outputs) {
            let description = extractor.moduleDescription
            let output: Extraction
            switch outcome {
            case .success(let extraction):
                output = extraction
            case .failure(let failure):
                problems.append(ModuleProblem(module: description.tag, source: document.source.displayName, problem: failure.reason))
                continue
            }
            var rejected = 0
            var firstRejection: String?
            func accept(_ span: TextSpan, _ text: String) -> Bool {
                guard let actual = document.text(in: span) else {
                    rejected += 1
                    firstRejection = firstRejection ?? "span \(span.start)..<\(span.end) lies outside the text (\(document.scalars.count) characters)"
                    return false
                }
                // Exact scalars, not String ==, which treats canonically equivalent text as equal.
                guard actual.unicodeScalars.elementsEqual(text.unicodeScalars), !text.isEmpty else {
                    rejected += 1
                    firstRejection = firstRejection ?? "span \(span.start)..<\(span.end) holds \"\(actual)\", not \"\(text)\""
                    return false
                }
                return true
            }
            for claim in output.claims where accept(claim.span, claim.text) && accept(claim.quoteSpan, claim.quote) {
                if seen.insert("\(claim.kind.rawValue)|\(claim.span.start)|\(claim.span.end)").inserted { claims.append(claim) }
            }
            for mention in output.mentions where accept(mention.span, mention.text) {
                if seen.insert("\(mention.kind.rawValue)|\(mention.span.start)|\(mention.span.end)").inserted {
                    claims.append(Claim(mention: mention, in: document, extractor: description.tag))
                }
            }
            if rejected > 0, let firstRejection {
                problems.append(ModuleProblem(module: description.tag, source: document.source.displayName,
                                              problem: "\(rejected) result(s) dropped; first: \(firstRejection)"))
            }
        }
        claims.sort { $0.span < $1.span }
        claims = Self.withoutPartsOfDates(claims)
        // A sentence repeated word for word gives its claims the same id: number the repeats.
        var ids: [String: Int] = [:]
        for index in claims.indices {
            let count = ids[claims[index].id, default: 0] + 1
            ids[claims[index].id] = count
            if count > 1 { claims[index].id += "-\(count)" }
        }
        if let claimBuilder { claims = claimBuilder.assign(claims, in: document) }
        return (claims, problems)
    }

    /// Sources of at least this many scalars have their extractors run side by side.
    static let longSource = 1 << 16

    /// A number, count or rank lying inside a date another extractor read ("15" of "from December
    /// 14 to 15", "31st" of "Wednesday the 31st") is part of that date, not a figure of its own.
    /// One sweep over claims sorted by span.
    static func withoutPartsOfDates(_ claims: [Claim]) -> [Claim] {
        let dates = claims.filter { $0.kind == .date }.map(\.span)
        guard !dates.isEmpty else { return claims }
        var next = 0
        var reach = -1
        return claims.filter { claim in
            while next < dates.count, dates[next].start <= claim.span.start {
                reach = max(reach, dates[next].end)
                next += 1
            }
            guard claim.kind == .number || claim.kind == .count || claim.kind == .rank else { return true }
            return claim.span.end > reach
        }
    }

    /// Aligns claims and hands each group to every checker; findings that quote claims outside
    /// their group are dropped and reported.
    public func check(_ claims: [Claim], sources: [String: SourceInfo]) -> ([Finding], [ModuleProblem]) {
        let groups = aligner.align(claims, sources: sources)
        var findings: [Finding] = []
        var problems: [ModuleProblem] = []
        for checker in checkers {
            let tag = checker.moduleDescription.tag
            var dropped = 0
            var failure: ModuleFailure?
            // Groups are independent: they are judged on every core, then taken in order, up
            // to the first a module failed on.
            var outcomes: [Result<[Finding], ModuleFailure>] = []
            if checker.checksConcurrently {
                outcomes = Parallel.map(groups, minimumPerChunk: 8) { checker.attemptCheck($0) }
            } else {
                for group in groups {
                    outcomes.append(checker.attemptCheck(group))
                    if case .failure = outcomes[outcomes.count - 1] { break }
                }
            }
            for (group, outcome) in zip(groups, outcomes) {
                let ids = Set(group.claims.map(\.id))
                let found: [Finding]
                switch outcome {
                case .success(let result):
                    found = result
                case .failure(let reason):
                    failure = reason
                    found = []
                }
                if failure != nil { break }
                for finding in found {
                    if finding.statements.isEmpty || !finding.statements.allSatisfy({ ids.contains($0.claimID) }) {
                        dropped += 1
                        continue
                    }
                    findings.append(finding)
                }
            }
            if dropped > 0 {
                problems.append(ModuleProblem(module: tag, source: nil, problem: "\(dropped) finding(s) dropped: they quote claims outside their group"))
            }
            if let failure { problems.append(ModuleProblem(module: tag, source: nil, problem: failure.reason)) }
        }
        return (Finding.distinguish(findings), problems)
    }
}
