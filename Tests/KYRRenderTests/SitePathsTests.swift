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

    @Test func absoluteAddressesComeFromTheBaseURL() {
        let paths = SitePaths(baseURL: "https://example.org/kyr")
        #expect(paths.absolute("index.html") == "https://example.org/kyr/")
        #expect(paths.absolute("es/index.html") == "https://example.org/kyr/es/")
        #expect(paths.absolute("es/guides/at-home.html") == "https://example.org/kyr/es/guides/at-home.html")
        #expect(paths.basePath == "/kyr/")
        #expect(SitePaths(baseURL: "https://example.org").basePath == "/")
    }
}
