import ArgumentParser
import ClaimsCore
import Foundation

/// `claims explain`: why two statements were, or were not, compared.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why two statements were or were not aligned: their descriptions, shared blocks and scores.",
        discussion: """
        Reads SOURCES as `check` does, finds the claims whose sentences contain the first --quote \
        and those whose sentences contain the second, and prints for each pair what the aligner \
        made of it: the open description of each claim, the blocks they share (without one they \
        are never scored), each pair scorer's score and evidence, and whether the pair is linked.

        Example: claims explain case/ --quote "39 hành khách" --quote "39名乘客"

        Exit status: 0 done; 2 a usage error, a source that could not be read, or a quote found \
        in no sentence.
        """
    )

    @Option(name: .long, help: ArgumentHelp("Text of a statement's sentence; give it twice, once for each side.", valueName: "text"))
    var quote: [String] = []

    @OptionGroup var sourceOptions: SourceOptions

    func validate() throws {
        guard quote.count == 2 else { throw ValidationError("give --quote twice: one for each statement") }
    }

    func run() async throws {
        let run = sourceOptions.run
        let result = try await run.check()
        let aligner = Aligner(scorers: ModuleRegistry.scorers)
        let sides = quote.map { text in result.claims.filter { $0.quote.contains(text) || $0.text == text } }
        for (text, side) in zip(quote, sides) where side.isEmpty {
            Console.error("no claim's sentence contains \"\(TerminalText.inert(text))\"")
        }
        guard sides.allSatisfy({ !$0.isEmpty }) else { throw CommandFailure.reported }
        let statistics = Aligner.statistics(result.claims)
        // The pairs the run kept, after each statement chose one figure per sentence.
        let sources = Dictionary(result.documents.map { ($0.source.id, $0.source) }, uniquingKeysWith: { first, _ in first })
        var kept: Set<String> = []
        for group in aligner.align(result.claims, sources: sources) {
            for pair in group.pairs ?? [] {
                kept.insert(pair.left + "|" + pair.right)
                kept.insert(pair.right + "|" + pair.left)
            }
        }
        var lines: [String] = []
        for a in sides[0] {
            for b in sides[1] where a.id != b.id {
                lines += Self.render(aligner.explain(a, b, statistics: statistics), kept: kept.contains(a.id + "|" + b.id))
                lines.append("")
            }
        }
        Console.out(lines.joined(separator: "\n"))
        try run.finish(result)
    }

    static func render(_ explanation: PairExplanation, kept: Bool = true) -> [String] {
        var lines = [describe(explanation.left), describe(explanation.right)]
        lines.append("  shared blocks: " + (explanation.sharedBlocks.isEmpty ? "none (never scored)" : explanation.sharedBlocks.joined(separator: ", ")))
        for (scorer, evidence, veto) in explanation.scores {
            if let evidence {
                lines.append("  \(scorer): score \(evidence.score) (threshold \(explanation.threshold)); " + evidence.summary)
            } else {
                lines.append("  \(scorer): cannot be the same fact" + (veto.map { ": " + $0 } ?? ""))
            }
        }
        if explanation.linked, !kept {
            lines.append("  linked: no (scored above the threshold, but another figure of one of the two sentences was the better match)")
        } else {
            lines.append("  linked: \(explanation.linked ? "yes" : "no")")
        }
        return lines
    }

    static func describe(_ claim: Claim) -> String {
        var parts = ["\(claim.sourceID) \(claim.kind.rawValue) \"\(TerminalText.inert(claim.text))\" = \(claim.value.display)"]
        if let topic = claim.topic { parts.append("topic \(topic.key)") }
        if let context = claim.context {
            var flags: [String] = []
            if let counted = context.counted { flags.append("counted \(counted)") }
            if context.isSubset { flags.append("subset") }
            if context.grows { flags.append("grows") }
            if context.isStoryFact { flags.append("story fact") }
            if let reference = context.referenceText { flags.append("dated \(reference)") }
            if !flags.isEmpty { parts.append(flags.joined(separator: ", ")) }
        }
        guard let reading = claim.reading else { return "• " + parts.joined(separator: "; ") }
        func term(_ t: DescriptionTerm) -> String { "\(t.key)[\(TerminalText.inert(t.text))]" }
        if let measure = reading.measure { parts.append("measure " + term(measure)) }
        if let predicate = reading.predicate { parts.append("predicate " + term(predicate)) }
        parts.append("terms " + reading.terms.prefix(10).map { term($0) + String(format: ":%.2f", $0.weight) }.joined(separator: " "))
        if !reading.names.isEmpty { parts.append("names " + reading.names.joined(separator: ", ")) }
        if !reading.clauseNames.isEmpty { parts.append("clause names " + reading.clauseNames.joined(separator: ", ")) }
        if !reading.scope.isEmpty { parts.append("scope " + reading.scope.joined(separator: ", ")) }
        if let attribution = reading.attribution { parts.append("attributed to \(TerminalText.inert(attribution))") }
        if !reading.coValues.isEmpty { parts.append("with " + reading.coValues.map(\.display).joined(separator: ", ")) }
        if let zone = reading.zone { parts.append("in zone \(zone)") }
        return "• " + parts.joined(separator: "; ")
    }
}
