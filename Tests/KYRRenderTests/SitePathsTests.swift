import KYRModel
import KYRTestSupport
import Testing

@testable import KYRRender

@Suite struct SitePathsTests {
    @Test func relativeLinksBetweenPages() {
        #expect(SitePaths.relative(from: "index.html", to: "es/index.html") == "es/index.html")
        #expect(SitePaths.relative(from: "es/index.html", to: "es/guides/at-home.html") == "guides/at-home.html")
        #expect(
            SitePaths.relative(from: "es/guides/at-home.html", to: "es/agencies/ice.html") == "../agencies/ice.html")
        #expect(
            SitePaths.relative(from: "es/guides/at-home.html", to: "en/guides/at-home.html")
                == "../../en/guides/at-home.html")
        #expect(SitePaths.relative(from: "es/guides/at-home.html", to: "style.css") == "../../style.css")
        #expect(SitePaths.relative(from: "es/guides/at-home.html", to: "es/guides/at-home.html") == "at-home.html")
        #expect(SitePaths.relative(from: "es/guides/at-home.html", to: "index.html") == "../../index.html")
    }

    /// The byte-level link agrees with the way it was first written, on split parts, for paths
    /// with shared and unshared folders, empty parts, leading and trailing slashes.
    @Test func relativeLinksAgreeWithSplittingOnParts() {
        func reference(from: String, to: String) -> String {
            let fromFolders = from.split(separator: "/").dropLast()
            var toParts = to.split(separator: "/", omittingEmptySubsequences: false)
            var common = 0
            while common < fromFolders.count, common < toParts.count - 1,
                fromFolders[fromFolders.startIndex + common] == toParts[common]
            {
                common += 1
            }
            toParts.removeFirst(common)
            return String(repeating: "../", count: fromFolders.count - common) + toParts.joined(separator: "/")
        }
        var random = SeededRandom(state: 18)
        let parts = ["", "es", "en", "guides", "agencies", "at-home.html", "index.html", "e", "es-MX"]
        func path() -> String {
            (0..<random.below(5)).map { _ in parts[random.below(parts.count)] }.joined(separator: "/")
        }
        for _ in 0..<5_000 {
            let (from, to) = (path(), path())
            #expect(SitePaths.relative(from: from, to: to) == reference(from: from, to: to), "\(from) -> \(to)")
        }
    }

    @Test func absoluteAddressesComeFromTheBaseURL() {
        let paths = SitePaths(baseURL: "https://example.org/kyr")
        #expect(paths.absolute("index.html") == "https://example.org/kyr/")
        #expect(paths.absolute("es/index.html") == "https://example.org/kyr/es/")
        #expect(paths.absolute("es/guides/at-home.html") == "https://example.org/kyr/es/guides/at-home.html")
        #expect(paths.basePath == "/kyr/")
        #expect(SitePaths(baseURL: "https://example.org").basePath == "/")
    }
}
