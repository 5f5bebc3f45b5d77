import Foundation
import KYRModel
import KYRTestSupport
import Testing

/// The same content gives the same bytes: dates come from the content, never from the clock.
@Suite struct DeterminismTests {
    @Test func renderingTwiceGivesIdenticalBytes() throws {
        let project = Fixtures.project("site-multilingual")
        let first = try PrintRendering.files(project)
        let second = try PrintRendering.files(project)
        #expect(first.map(\.path) == second.map(\.path))
        for (a, b) in zip(first, second) {
            #expect(a.contents == b.contents, "\(a.path) differs between two renders")
        }
        #expect(!first.isEmpty)
    }

    /// The creation date is the guide's legal-review date.
    @Test func creationDateIsTheReviewDate() throws {
        let (folder, _) = try PrintRendering.written(Fixtures.project("site-multilingual"))
        let info = try PDFTool.info(folder.url.appendingPathComponent("en/guides/at-home.pdf").path)
        #expect(info["CreationDate"]?.hasPrefix("2026-11-01") == true, "\(info)")
        #expect(info["ModDate"]?.hasPrefix("2026-11-01") == true, "\(info)")
    }
}
