import ClaimsCore
import Foundation

/// Ways of writing the ledger out for other tools.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// One JSON object a line: each conflict with its state and full history (reads back as
    /// `LedgerConflict`).
    case jsonl
    /// One row a conflict: its state and last decision, for spreadsheets.
    case csv
    /// schema.org ClaimReview objects for the decided conflicts, as fact-checkers publish them.
    case claimreview
}

extension Ledger {
    public func export(_ format: ExportFormat) throws(LedgerError) -> String {
        let conflicts = try conflicts()
        switch format {
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return conflicts.map { String(decoding: (try? encoder.encode($0)) ?? Data(), as: UTF8.self) + "\n" }.joined()
        case .csv:
            var lines = ["id,kind,topic,severity,status,checker,rationale,reviewer,decision,correct_source,note,decided_at,statements"]
            for conflict in conflicts {
                let decision = conflict.decision
                let statements = conflict.statements.map { "\($0.source): \($0.value) — \($0.quote)" }.joined(separator: " | ")
                let fields = [conflict.id, conflict.kind, conflict.topic, conflict.severity, conflict.status.rawValue, conflict.checker,
                              conflict.rationale, decision?.actor ?? "", decision?.type.rawValue ?? "", decision?.correctSource ?? "",
                              decision?.note ?? "", decision?.at ?? "", statements]
                lines.append(fields.map(Self.csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        case .claimreview:
            var reviews: [ClaimReview] = []
            for conflict in conflicts where conflict.decision != nil { reviews += try claimReviews(conflict) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(reviews)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
        }
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One ClaimReview per statement of a decided conflict: the statement is the claim
    /// reviewed, its source the appearance, the reviewer the author.
    func claimReviews(_ conflict: LedgerConflict) throws(LedgerError) -> [ClaimReview] {
        guard let decision = conflict.decision else { return [] }
        var reviews: [ClaimReview] = []
        for statement in conflict.statements {
            let source = try sources(statement.source).first { $0.contentHash == conflict.sources[statement.source] }
            let rating: String
            if decision.type == .dismissed {
                rating = "Consistent with the other sources"
            } else if let correct = decision.correctSource {
                rating = correct == statement.source ? "Accurate" : "Contradicted by \(correct)"
            } else {
                rating = "Disputed between sources"
            }
            reviews.append(ClaimReview(
                claimReviewed: statement.quote,
                reviewRating: .init(alternateName: rating, ratingExplanation: [conflict.rationale, decision.note].compactMap { $0 }.joined(separator: ". ")),
                itemReviewed: .init(appearance: [.init(url: source?.url ?? source?.display ?? statement.source, headline: source?.title,
                                                       datePublished: source?.published, inLanguage: source?.language)],
                                    author: source?.publisher.map { .init(type: "Organization", name: $0) }),
                author: .init(type: "Person", name: decision.actor),
                datePublished: String(decision.at.prefix(10)),
                identifier: "\(conflict.id)/\(statement.claim)"))
        }
        return reviews
    }
}

/// schema.org's ClaimReview, the format fact-checkers publish verdicts in.
public struct ClaimReview: Codable, Sendable {
    public struct Rating: Codable, Sendable {
        public var type = "Rating"
        public var alternateName: String
        public var ratingExplanation: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case alternateName, ratingExplanation
        }
    }

    public struct Appearance: Codable, Sendable {
        public var type = "CreativeWork"
        public var url: String
        public var headline: String?
        public var datePublished: String?
        public var inLanguage: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case url, headline, datePublished, inLanguage
        }
    }

    public struct Agent: Codable, Sendable {
        public var type: String
        public var name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }

    public struct Item: Codable, Sendable {
        public var type = "Claim"
        public var appearance: [Appearance]
        public var author: Agent?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case appearance, author
        }
    }

    public var context = "https://schema.org"
    public var type = "ClaimReview"
    public var claimReviewed: String
    public var reviewRating: Rating
    public var itemReviewed: Item
    public var author: Agent
    public var datePublished: String
    public var identifier: String

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case claimReviewed, reviewRating, itemReviewed, author, datePublished, identifier
    }
}
