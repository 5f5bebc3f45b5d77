import KYRModel

/// A guide or note whose last legal review is older than its interval is flagged: stale
/// legal information hurts people. So is one whose text changed after its review (the review
/// records the fingerprint of the text it covered), and one whose review records no text at all,
/// since then nothing can tell a later change.
package struct LegalReviewRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        let documents: [(kind: String, path: String, document: any ReviewedDocument)] =
            content.guides.map { ("guide", "guides/\($0.id)", $0) }
            + content.agencies.map { ("agency note", "agencies/\($0.id)", $0) }
        var findings: [Diagnostic] = []
        for (kind, path, document) in documents {
            let review = document.legalReview
            if review.isOverdue(on: context.today) {
                let days = context.today.daysSinceEpoch - review.date.daysSinceEpoch
                findings.append(
                    Diagnostic(
                        .reviewOverdue,
                        "\(kind) '\(document.id)' was last reviewed on \(review.date), \(days) days ago; its review interval is \(review.intervalDays) days (due \(review.dueDate))",
                        at: review.location))
            }
            guard let recorded = review.fingerprint else {
                findings.append(
                    Diagnostic(
                        .reviewNotRecorded,
                        "the legal review of \(kind) '\(document.id)' does not record which text it covered, so a later change cannot be told; after checking the text, run 'kyr review stamp \(path)'",
                        at: review.location))
                continue
            }
            if document.changedSinceReview {
                findings.append(
                    Diagnostic(
                        .changedSinceReview,
                        "\(kind) '\(document.id)' changed after its review of \(review.date); every output says so until it is reviewed again: after checking the text, run 'kyr review stamp \(path)'",
                        at: recorded.location))
            }
        }
        return findings
    }
}
