import Foundation
import KYRCheck
import KYRModel
import KYRTestSupport
import Testing

/// A review records the text it covered; a later change of the text is reported and told to
/// readers, and a review that records nothing is asked to.
@Suite struct ReviewFingerprintTests {
    let path = "Content/guides/at-home/en.yaml"

    func project(fingerprint: String?) throws -> TemporaryProject {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        // The fixture records its review; take that line out, then write the one asked for.
        let lines = try project.read(path).split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.filter { !$0.hasPrefix("  fingerprint: ") }.joined(separator: "\n")
        try project.write(
            path,
            fingerprint.map {
                kept.replacingOccurrences(
                    of: "  interval-days: 180\n", with: "  interval-days: 180\n  fingerprint: \($0)\n")
            } ?? kept)
        return project
    }

    func guide(_ project: TemporaryProject) throws -> Guide {
        try #require(try Checking.content(project.path).guides.first { $0.id == "at-home" })
    }

    func reviewLines(_ project: TemporaryProject) throws -> [String] {
        try Checking.lines(project.path).filter {
            $0.hasPrefix(path) && ($0.contains("[review-not-recorded]") || $0.contains("[changed-since-review]"))
        }
    }

    @Test func aReviewWithoutAFingerprintIsAskedForOne() throws {
        let project = try project(fingerprint: nil)
        let expected: String =
            "\(path):5:3: warning: the legal review of guide 'at-home' does not record which text it covered, so a "
            + "later change cannot be told; after checking the text, run 'kyr review stamp guides/at-home' [review-not-recorded]"
        #expect(try reviewLines(project) == [expected])
        #expect(try guide(project).changedSinceReview == false)
    }

    @Test func theTextsFingerprintIsCurrentUntilAUnitChanges() throws {
        let unstamped = try project(fingerprint: nil)
        let fingerprint = Fingerprint.hex(try guide(unstamped).reviewedTextFingerprint)
        let project = try project(fingerprint: fingerprint)
        #expect(try reviewLines(project) == [])
        #expect(try guide(project).changedSinceReview == false)
        // Re-wrapping changes nothing; a changed word does.
        try project.write(
            path,
            try project.read(path).replacingOccurrences(of: "Do **not** open", with: "Do  **not**\n          open"))
        #expect(try reviewLines(project) == [])
        try project.write(
            path, try project.read(path).replacingOccurrences(of: "open the door.", with: "open the front door."))
        let changed: String =
            "\(path):7:16: warning: guide 'at-home' changed after its review of 2026-11-01; every output says so until "
            + "it is reviewed again: after checking the text, run 'kyr review stamp guides/at-home' [changed-since-review]"
        #expect(try reviewLines(project) == [changed])
        #expect(try guide(project).changedSinceReview)
    }

    @Test func aMovedOrRemovedUnitChangesTheFingerprint() throws {
        let base = try guide(try project(fingerprint: nil))
        var moved = base
        moved.card.reverse()
        var removed = base
        removed.card.removeLast()
        let fingerprints = [base, moved, removed].map(\.reviewedTextFingerprint)
        #expect(Set(fingerprints).count == 3)
    }

    @Test func aFingerprintKyrDidNotWriteIsAnError() throws {
        let project = try project(fingerprint: "not-a-fingerprint")
        #expect(
            try Checking.lines(project.path).filter { $0.hasSuffix("[invalid-value]") } == [
                "\(path):7:16: error: 'not-a-fingerprint' is not a fingerprint kyr wrote; run 'kyr review stamp' instead of editing it by hand [invalid-value]"
            ])
    }
}
