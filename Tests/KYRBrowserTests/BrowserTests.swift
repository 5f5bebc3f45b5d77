import Foundation
import KYRTestSupport
import Testing

/// The bundled site in a real browser: Debian's Chromium, headless, driven by
/// `scripts/browser-check` over the DevTools protocol. It loads the English, Spanish, Arabic and
/// Chinese guide pages from file://, and these tests judge what it saw: language, direction,
/// bidi isolation, mirrored borders, the fonts used, sideways scrolling, every request the
/// pages made, and axe-core's accessibility violations. Screenshots at 390 and 1280 px wide
/// are left in `$TMPDIR/kyr-browser-check/` for people to look at.
@Suite(.serialized) struct BrowserTests {
    static let chromium = ExternalTool.find("chromium") ?? ExternalTool.find("chromium-browser")
    static let python = ExternalTool.find("python3")
    static let script = Fixtures.packageRoot.appendingPathComponent("scripts/browser-check")
    static let pages = [
        "en/guides/at-home.html", "es/guides/at-home.html", "ar/guides/at-home.html", "zh-Hans/guides/at-home.html",
    ]
    static let screenshots = FileManager.default.temporaryDirectory.appendingPathComponent("kyr-browser-check")
    static let canRun = chromium != nil && python != nil

    static let axeFound: Bool = {
        guard let python else { return false }
        return (try? ExternalTool.run(python, [script.path, "--find-axe"]).status) == 0
    }()

    struct Report: Decodable {
        var browser: String
        var site: String
        var pages: [Page]
    }

    struct Page: Decodable {
        struct Bdi: Decodable {
            var text: String
            var direction: String
            var unicodeBidi: String
        }
        struct Fallback: Decodable {
            var lang: String
            var direction: String
        }
        struct Axe: Decodable {
            struct Violation: Decodable {
                var id: String
                var impact: String?
                var help: String
                var nodes: [String]
            }
            var violations: [Violation]
            var passes: [String]
        }
        var page: String
        var lang: String
        var direction: String
        var headingDirection: String?
        var stylesheetApplied: Bool
        var bdi: [Bdi]
        var fallback: [Fallback]
        var borderSide: [String: String]?
        var headingFonts: [String]
        var horizontalOverflow: [String: Int]
        var requests: [String]
        var messages: [String]
        var axe: [String: Axe]?
    }

    /// One browser run for all the tests of this suite.
    static let report: Result<Report, any Error> = Result {
        let folder = try ExternalTool.writeBundledSite()
        let site = folder.url.appendingPathComponent("site")
        try? FileManager.default.removeItem(at: screenshots)
        let run = try ExternalTool.run(python!, [script.path, site.path, screenshots.path] + pages, timeout: 300)
        guard run.status == 0, let start = run.output.firstIndex(of: "{") else {
            throw BrowserCheckFailed(output: run.output)
        }
        _ = folder  // keep the site until the browser is done
        return try JSONDecoder().decode(Report.self, from: Data(run.output[start...].utf8))
    }

    struct BrowserCheckFailed: Error, CustomStringConvertible {
        var output: String
        var description: String { "scripts/browser-check failed:\n\(output)" }
    }

    static func page(_ path: String) throws -> Page {
        try #require(try report.get().pages.first { $0.page == path })
    }

    @Test(.enabled(if: canRun, "chromium is not on PATH (apt-get install chromium): the browser tests are skipped"))
    func pagesHaveTheirLanguageAndDirection() throws {
        for (path, lang, direction) in [
            ("en/guides/at-home.html", "en", "ltr"), ("es/guides/at-home.html", "es", "ltr"),
            ("ar/guides/at-home.html", "ar", "rtl"), ("zh-Hans/guides/at-home.html", "zh-Hans", "ltr"),
        ] {
            let page = try Self.page(path)
            #expect(page.lang == lang, "\(path)")
            #expect(page.direction == direction, "\(path): computed direction of <html>")
            #expect(page.headingDirection == direction, "\(path): computed direction of <h1>")
            #expect(page.stylesheetApplied, "\(path): the stylesheet was not applied (blocked by the CSP?)")
        }
        print("browser: \(try Self.report.get().browser); screenshots in \(Self.screenshots.path)")
    }

    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func numbersStayLeftToRightAndLayoutMirrors() throws {
        for path in Self.pages {
            let page = try Self.page(path)
            #expect(!page.bdi.isEmpty, "\(path): no isolated number")
            for bdi in page.bdi {
                #expect(
                    bdi.direction == "ltr" && bdi.unicodeBidi == "isolate",
                    "\(path): \(bdi.text) is \(bdi.direction)/\(bdi.unicodeBidi)")
            }
            for fallback in page.fallback {
                #expect(
                    fallback.lang == "en" && fallback.direction == "ltr",
                    "\(path): fallback text in \(fallback.lang)/\(fallback.direction)")
            }
            let borders = try #require(page.borderSide, "\(path): no notice or say box")
            let (start, end) = page.direction == "rtl" ? ("right", "left") : ("left", "right")
            #expect(
                borders[start] == "4px" && borders[end] == "0px",
                "\(path): the accent border is not at the start of the line: \(borders)")
        }
    }

    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func scriptsGetTheirOwnFonts() throws {
        let chinese = try Self.page("zh-Hans/guides/at-home.html").headingFonts
        #expect(
            chinese.contains {
                $0.contains("CJK SC") || $0.contains("Hei") || $0.contains("Han Sans") || $0.contains("YaHei")
            },
            "Chinese heading drawn with \(chinese) (install fonts-noto-cjk)")
        #expect(
            !chinese.contains { $0.contains("JP") || $0.contains("KR") },
            "Chinese text in Japanese or Korean glyph forms: \(chinese)")
        let arabic = try Self.page("ar/guides/at-home.html").headingFonts
        #expect(
            arabic.contains { $0.contains("Arabic") || $0.contains("Naskh") || $0.contains("Kufi") },
            "Arabic heading drawn with \(arabic) (install fonts-noto-core)")
    }

    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func readsWithoutSidewaysScrollingFrom360Pixels() throws {
        for path in Self.pages {
            for (width, overflow) in try Self.page(path).horizontalOverflow {
                #expect(overflow <= 0, "\(path) scrolls sideways by \(overflow) px at \(width) px wide")
            }
        }
    }

    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func noRequestLeavesTheSite() throws {
        let site = "file://" + (try Self.report.get().site) + "/"
        for path in Self.pages {
            let page = try Self.page(path)
            #expect(page.requests.first == site + path)
            for request in page.requests {
                #expect(request.hasPrefix(site), "\(path) requested \(request)")
            }
            #expect(page.messages.isEmpty, "\(path): the browser reported \(page.messages)")
        }
    }

    @Test(
        .enabled(
            if: canRun && axeFound,
            "chromium or axe-core is missing (pip install --no-deps axe-playwright-python): the axe-core check is skipped"
        ))
    func axeCoreFindsNoViolations() throws {
        for path in Self.pages {
            let runs = try #require(try Self.page(path).axe, "\(path): axe-core did not run")
            for (width, result) in runs {
                #expect(
                    result.passes.count > 20,
                    "\(path) at \(width) px: axe-core ran only \(result.passes.count) passing rules")
                for violation in result.violations {
                    Issue.record(
                        "\(path) at \(width) px: axe \(violation.id) (\(violation.impact ?? "?")): \(violation.help) at \(violation.nodes)"
                    )
                }
            }
        }
    }
}
