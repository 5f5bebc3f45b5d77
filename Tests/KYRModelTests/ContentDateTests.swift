import KYRModel
import KYRTestSupport
import Testing

@Suite struct ContentDateTests {
    @Test func parsesRealDaysOnly() {
        #expect(ContentDate("2024-02-29") != nil)
        #expect(ContentDate("2026-02-29") == nil)
        #expect(ContentDate("2000-02-29") != nil)
        #expect(ContentDate("1900-02-29") == nil)
        #expect(ContentDate("2026-04-31") == nil)
        #expect(ContentDate("2026-13-01") == nil)
        #expect(ContentDate("2026-1-01") == nil)
        #expect(ContentDate("11/01/2026") == nil)
        #expect(ContentDate("２０２６-01-01") == nil)
    }

    @Test func countsDays() throws {
        let date = try #require(ContentDate("2026-11-22"))
        #expect(ContentDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(ContentDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(date.adding(days: 180).description == "2027-05-21")
        #expect(
            try #require(ContentDate("2024-03-01")).daysSinceEpoch
                - (try #require(ContentDate("2024-02-28"))).daysSinceEpoch == 2)
    }

    @Test func reviewIsOverdueOnlyAfterItsDueDay() throws {
        let review = LegalReview(
            date: try #require(ContentDate("2026-01-01")), intervalDays: 10, reviewer: nil,
            location: .file("x"))
        #expect(!review.isOverdue(on: try #require(ContentDate("2026-01-11"))))
        #expect(review.isOverdue(on: try #require(ContentDate("2026-01-12"))))
    }
}
