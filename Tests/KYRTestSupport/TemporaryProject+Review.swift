import KYRDriver
import KYRModel

extension TemporaryProject {
    /// Records every guide's and note's legal review of its text as it is now, as an author does
    /// after checking an edit (`kyr review stamp`): tests of other rules edit the English, which
    /// would otherwise add `changed-since-review` to what they compare.
    package func stampReviews(on day: ContentDate = ContentDate("2026-11-01")!) throws {
        _ = try ReviewStamping.stamp(ProjectLayout(root: path), documents: [], date: day, today: day)
    }
}
