/// When a guide or note was last checked by someone who knows the law, and how often it must be.
package struct LegalReview: Sendable, Hashable {
    package var date: ContentDate
    package var intervalDays: Int
    package var reviewer: String?
    /// Whether a lawyer has reviewed the text (`status: reviewed`); otherwise `date` is only when
    /// the content was last checked, and outputs must say it is not yet reviewed.
    package var isReviewedByLawyer: Bool
    /// The fingerprint of the source text the review covered (`fingerprint:`, written by
    /// `kyr review stamp`), and where it is written; nil when the review records none, and then
    /// kyr cannot tell whether the text changed after it.
    package var fingerprint: Located<UInt64>?
    package var location: SourceLocation

    /// Review states as written in content.
    package enum Status: String, Sendable, CaseIterable {
        case reviewed
        case unreviewed
    }

    package init(
        date: ContentDate, intervalDays: Int, reviewer: String?, isReviewedByLawyer: Bool = false,
        fingerprint: Located<UInt64>? = nil, location: SourceLocation
    ) {
        self.fingerprint = fingerprint
        self.date = date
        self.intervalDays = intervalDays
        self.reviewer = reviewer
        self.isReviewedByLawyer = isReviewedByLawyer
        self.location = location
    }

    /// The day the next review is due.
    package var dueDate: ContentDate { date.adding(days: intervalDays) }

    /// Whether the review is older than its interval on `today`.
    package func isOverdue(on today: ContentDate) -> Bool {
        today > dueDate
    }
}
