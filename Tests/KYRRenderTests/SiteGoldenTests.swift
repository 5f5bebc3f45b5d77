import Foundation
import KYRTestSupport
import Testing

@testable import KYRRender

/// Every file of the minimal fixture's site, byte for byte, in `Golden/site/minimal/`.
/// `KYR_RECORD=1` rewrites them; review the diff.
@Suite struct SiteGoldenTests {
    @Test func minimalSiteMatchesGoldenFiles() throws {
        let files = try SiteRendering.files(Fixtures.project("minimal"))
        try Golden.check(files.map(\.path).joined(separator: "\n") + "\n", matches: "site/minimal/FILES")
        for file in files {
            try Golden.check(file.text, matches: "site/minimal/" + file.path)
        }
    }
}
