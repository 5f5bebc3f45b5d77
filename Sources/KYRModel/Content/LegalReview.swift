/// When a guide or note was last checked by someone who knows the law, and how often it must be.
public struct LegalReview: Sendable, Hashable {
    public var date: ContentDate
    public var intervalDays: Int
    public var reviewer: String?
    public var location: SourceLocation

    public init(date: ContentDate, intervalDays: Int, reviewer: String?, location: SourceLocation) {
        self.date = date
        self.intervalDays = intervalDays
        self.reviewer = reviewer
        self.location = location
    }

    /// The day the next review is due.
    public var dueDate: ContentDate { date.adding(days: intervalDays) }

    /// Whether the review is older than its interval on `today`.
    public func isOverdue(on today: ContentDate) -> Bool {
        today > dueDate
    }
}
