import Foundation
import KYRTestSupport
import Testing

/// The bundled site in a real browser: Debian's Chromium, headless, driven by
/// `scripts/browser-check` over the DevTools protocol. It loads the English, Spanish, Arabic and
/// Chinese guide pages, their "show this to the agent" views, "identify the agency", a start
/// page, the language picker and the translators' page from file://, and these tests judge what it saw: language,
/// direction, bidi isolation, mirrored borders, the fonts used, sideways scrolling, every request
/// the pages made, and axe-core's accessibility violations at 390 and 1280 px in light and dark
/// mode. Then it lays out every guide page and view of every language, the language picker and
/// the 404 page on two phone screens in light and dark mode, and guide pages for print, for the
/// first-screen and tap-target tests. Screenshots at 390 px (light and dark) and 1280 px are
/// left in `$TMPDIR/kyr-browser-check/` for people to look at.
@Suite(.serialized) struct BrowserTests {
    static let chromium = ExternalTool.find("chromium") ?? ExternalTool.find("chromium-browser")
    static let python = ExternalTool.find("python3")
    static let script = Fixtures.packageRoot.appendingPathComponent("scripts/browser-check")
    /// Guide pages in four scripts and directions, for the checks of language, direction and fonts.
    static let pages = [
        "en/guides/at-home.html", "es/guides/at-home.html", "ar/guides/at-home.html", "zh-Hans/guides/at-home.html",
    ]
    /// Other kinds of page, checked for requests, sideways scrolling and accessibility.
    static let otherPages = [
        "en/guides/at-home.show.html", "es/guides/at-home.show.html", "ar/guides/at-home.show.html",
        "zh-Hans/guides/at-home.show.html", "en/agencies/index.html", "ar/agencies/index.html", "es/index.html",
        "index.html", "translation-status.html",
    ]
    /// The phone screen of the first-screen tests (an iPhone 12 to 15, in CSS pixels).
    static let phone = (width: 390, height: 844)
    /// The smallest phone screen they hold to (many low-cost Android phones).
    static let smallPhone = (width: 360, height: 640)
    /// The smallest target on the emergency path, each way, in CSS pixels (WCAG 2.5.5).
    static let targetSize = 44.0
    /// The text area of a printed page at Chromium's default margins: A4's width, US Letter's height.
    static let printedPage = (width: 717, height: 979)
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
        var layout: [Layout]
    }

    /// A page laid out on the phone screens (and, for guide pages, for print); boxes in CSS
    /// pixels from the top of the document.
    struct Layout: Decodable {
        struct Box: Decodable {
            var top: Int
            var bottom: Int
            var left: Int
            var right: Int
        }
        struct Size: Decodable {
            var width: Int
            var height: Int
        }
        struct Printed: Decodable {
            var hotline: Box?
            var card: Box?
            var lastCardLine: Box?
        }
        /// A link on the emergency path, its edges unrounded: `kind` is `language`, `call`,
        /// `show`, `english` or `back`.
        struct Target: Decodable {
            var kind: String
            var text: String
            var top: Double
            var bottom: Double
            var left: Double
            var right: Double

            var width: Double { right - left }
            var height: Double { bottom - top }

            func overlaps(_ other: Target) -> Bool {
                left < other.right && other.left < right && top < other.bottom && other.top < bottom
            }
        }
        /// The page on one phone screen, in light or dark mode.
        struct Screen: Decodable {
            var dark: Bool
            var viewport: Size
            var document: Size
            var hotline: Box?
            var hotlineHref: String?
            var card: Box?
            var firstCardLine: Box?
            var lastCardLine: Box?
            var showLink: Box?
            var statements: Int
            var targets: [Target]

            var name: String { "\(viewport.width) x \(viewport.height)\(dark ? " dark" : "")" }
            func isSized(_ size: (width: Int, height: Int)) -> Bool {
                viewport.width == size.width && viewport.height == size.height
            }
        }
        var page: String
        var lang: String
        var screens: [Screen]
        var details: Int
        var openDetails: Int
        var summaryHeights: [Int]
        var print: Printed?
        var tableOverflow: [Int]?

        var isGuidePage: Bool { page.contains("/guides/") && !page.hasSuffix(".show.html") }

        /// The page on each screen of `size`, light and dark (both, or the test fails).
        func screens(_ size: (width: Int, height: Int)) -> [Screen] {
            let sized = screens.filter { $0.isSized(size) }
            #expect(sized.map(\.dark).sorted { !$0 && $1 } == [false, true], "\(page): light and dark at \(size)")
            return sized
        }
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
        // Every guide page and "show this" view of every language, and the ways in (the language
        // picker, the 404 page), laid out in one tab.
        let laidOut = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter {
            $0.hasSuffix(".html") && $0.contains("/guides/")
        }.sorted()
        let run = try ExternalTool.run(
            python!,
            [script.path, site.path, screenshots.path] + pages + otherPages + ["--layout"] + laidOut
                + ["index.html", "404.html", "translation-status.html"], timeout: 900)
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

    static func layout() throws -> [Layout] {
        try report.get().layout
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
        for path in Self.pages + Self.otherPages {
            for (width, overflow) in try Self.page(path).horizontalOverflow {
                #expect(overflow <= 0, "\(path) scrolls sideways by \(overflow) px at \(width) px wide")
            }
        }
    }

    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func noRequestLeavesTheSite() throws {
        let site = "file://" + (try Self.report.get().site) + "/"
        for path in Self.pages + Self.otherPages {
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
        for path in Self.pages + Self.otherPages {
            let runs = try #require(try Self.page(path).axe, "\(path): axe-core did not run")
            #expect(
                Set(runs.keys) == ["390", "1280", "390 dark", "1280 dark"], "\(path): axe ran at \(runs.keys.sorted())")
            for (width, result) in runs {
                // A page with few kinds of element (the show-this view) passes fewer rules.
                #expect(
                    result.passes.count >= 15,
                    "\(path) at \(width) px: axe-core ran only \(result.passes.count) passing rules")
                for violation in result.violations {
                    Issue.record(
                        "\(path) at \(width) px: axe \(violation.id) (\(violation.impact ?? "?")): \(violation.help) at \(violation.nodes)"
                    )
                }
            }
        }
    }

    /// On a phone (390 x 844), light and dark, every guide page of every language shows the
    /// hotline's call link, the "show this to the agent" link and the whole card on its first
    /// screen, and never scrolls sideways.
    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func hotlineAndWholeCardOpenEveryGuidePageOnAPhone() throws {
        let cardsWhole = try Self.guidePagesOpen(on: Self.phone, through: \.lastCardLine)
        print("browser: the whole card is on the first phone screen in \(cardsWhole) of 81 guide pages")
    }

    /// On a small phone (360 x 640), light and dark, every guide page of every language shows
    /// the hotline's call link, the "show this to the agent" link and the card's first line on
    /// its first screen, and never scrolls sideways.
    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func hotlineAndFirstCardLineOpenEveryGuidePageOnASmallPhone() throws {
        let cardsWhole = try Self.guidePagesOpen(on: Self.smallPhone, through: \.firstCardLine)
        print("browser: the whole card is on a small phone's first screen in \(cardsWhole) of 81 guide pages")
    }

    /// Checks every guide page on the screens of `size`, light and dark: the hotline's call link,
    /// the "show this to the agent" link and the card up to `line` end within the first screen,
    /// and nothing scrolls sideways. Returns on how many pages the whole card does (in light mode).
    static func guidePagesOpen(
        on size: (width: Int, height: Int), through line: KeyPath<Layout.Screen, Layout.Box?>
    ) throws -> Int {
        let guides = try layout().filter(\.isGuidePage)
        #expect(guides.count == 81, "9 guides in 9 languages")
        var cardsWhole = 0
        for page in guides {
            for screen in page.screens(size) {
                let at = "\(page.page) at \(screen.name)"
                let hotline = try #require(screen.hotline, "\(at): no hotline link")
                #expect(screen.hotlineHref?.hasPrefix("tel:") == true, "\(at): \(screen.hotlineHref ?? "")")
                #expect(
                    hotline.top >= 0 && hotline.bottom <= size.height,
                    "\(at): the hotline is at \(hotline.top)-\(hotline.bottom) px")
                let shown = try #require(screen[keyPath: line], "\(at): no card line")
                #expect(shown.bottom <= size.height, "\(at): the card's line ends at \(shown.bottom) px")
                if let show = screen.showLink {
                    #expect(show.bottom <= size.height, "\(at): the show-this link ends at \(show.bottom) px")
                }
                #expect(screen.document.width <= size.width, "\(at) scrolls sideways (\(screen.document.width) px)")
                if !screen.dark, let last = screen.lastCardLine, last.bottom <= size.height { cardsWhole += 1 }
            }
        }
        return cardsWhole
    }

    /// The "show this to the agent" view of every guide and language fits one screen of both
    /// phones, light and dark: nothing to scroll, with the hotline's call link on it.
    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func showViewFitsOnePhoneScreen() throws {
        let views = try Self.layout().filter { $0.page.hasSuffix(".show.html") }
        #expect(views.count == 63, "7 guides with statements in 9 languages")
        for view in views {
            #expect(view.lang == "en", "\(view.page)")
            for screen in view.screens(Self.phone) + view.screens(Self.smallPhone) {
                let at = "\(view.page) at \(screen.name)"
                #expect(screen.statements > 0, "\(at): no statement")
                #expect(screen.hotlineHref?.hasPrefix("tel:") == true, "\(at): no call link")
                #expect(
                    screen.document.height <= screen.viewport.height && screen.document.width <= screen.viewport.width,
                    "\(at) scrolls: \(screen.document.width) x \(screen.document.height) px")
            }
        }
    }

    /// Every target on the emergency path (the language picker's links, the call link, "show
    /// this to the agent", "read in English", the way back from the "show this" view) is at least
    /// 44 x 44 CSS px on both phones, light and dark, and no two of them overlap. The language
    /// picker and the 404 page have a call link too.
    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func emergencyPathTargetsAreLargeEnough() throws {
        let pages = try Self.layout().filter {
            $0.page.contains("/guides/") || ["index.html", "404.html"].contains($0.page)
        }
        var checked = 0
        var kinds: Set<String> = []
        for page in pages {
            for screen in page.screens(Self.phone) + page.screens(Self.smallPhone) {
                let at = "\(page.page) at \(screen.name)"
                for (index, target) in screen.targets.enumerated() {
                    #expect(
                        target.width >= Self.targetSize && target.height >= Self.targetSize,
                        "\(at): \(target.kind) target \"\(target.text)\" is \(target.width) x \(target.height) px")
                    for other in screen.targets[(index + 1)...] where target.overlaps(other) {
                        Issue.record("\(at): \(target.kind) target \"\(target.text)\" overlaps \"\(other.text)\"")
                    }
                    kinds.insert(target.kind)
                    checked += 1
                }
            }
        }
        #expect(kinds == ["language", "call", "show", "english", "back"], "found \(kinds.sorted())")
        for way in ["index.html", "404.html"] {
            let page = try #require(pages.first { $0.page == way }, "\(way) not laid out")
            for screen in page.screens {
                #expect(screen.hotlineHref?.hasPrefix("tel:") == true, "\(way) at \(screen.name): no call link")
                #expect(screen.targets.filter { $0.kind == "language" }.count == 9, "\(way): nine languages")
            }
        }
        print("browser: \(checked) emergency-path targets checked on \(pages.count) pages at 390 x 844 and 360 x 640")
    }

    /// Printed, the hotline and the card (with its phrases to say and their English) are on the
    /// first page.
    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func hotlineAndCardAreOnTheFirstPrintedPage() throws {
        let guides = try Self.layout().filter(\.isGuidePage)
        #expect(!guides.isEmpty)
        for page in guides {
            let printed = try #require(page.print, "\(page.page): not laid out for print")
            let hotline = try #require(printed.hotline, "\(page.page): no hotline in print")
            let card = try #require(printed.card, "\(page.page): no card in print")
            #expect(
                hotline.bottom <= Self.printedPage.height, "\(page.page): printed hotline ends at \(hotline.bottom) px")
            #expect(card.bottom <= Self.printedPage.height, "\(page.page): printed card ends at \(card.bottom) px")
        }
    }

    /// The translators' page: folded to one summary per language on a phone; at 1280 px, with
    /// every language opened, no table scrolls sideways.
    @Test(.enabled(if: canRun, "chromium is not on PATH: the browser tests are skipped"))
    func translationStatusFoldsOnAPhoneAndFitsOnADesktop() throws {
        let page = try #require(try Self.layout().first { $0.page == "translation-status.html" })
        #expect(page.details == 8, "one summary per target language")
        #expect(page.openDetails == 0, "languages start folded")
        for height in page.summaryHeights {
            #expect(height <= 72, "a summary takes \(height) px on a phone")
        }
        let overflow = try #require(page.tableOverflow)
        #expect(overflow.count == 8)
        #expect(overflow.allSatisfy { $0 <= 0 }, "tables scroll sideways at 1280 px by \(overflow)")
    }
}
