import KYRModel

/// A guide or note whose last legal review is older than its interval is flagged: stale
/// legal information hurts people.
package struct LegalReviewRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        let reviews =
            content.guides.map { ("guide", $0.id, $0.legalReview) }
            + content.agencies.map { ("agency note", $0.id, $0.legalReview) }
        return reviews.filter { $0.2.isOverdue(on: context.today) }.map { kind, id, review in
            let days = context.today.daysSinceEpoch - review.date.daysSinceEpoch
            return Diagnostic(
                .reviewOverdue,
                "\(kind) '\(id)' was last reviewed on \(review.date), \(days) days ago; its review interval is \(review.intervalDays) days (due \(review.dueDate))",
                at: review.location)
        }
    }
}
