import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRRender

/// Properties every page must have, checked on the multilingual fixture (right-to-left,
/// fallback, markup) and on the whole bundled site.
@Suite struct SitePageTests {
    static let multilingual = Fixtures.project("site-multilingual")

    @Test func pagesDeclareTheirLanguageAndDirection() throws {
        let site = try SiteRendering.site(Self.multilingual)
        #expect(site["en/guides/at-home.html"]?.contains("<html lang=\"en\" dir=\"ltr\">") == true)
        #expect(site["es/guides/at-home.html"]?.contains("<html lang=\"es\" dir=\"ltr\">") == true)
        #expect(site["ar/guides/at-home.html"]?.contains("<html lang=\"ar\" dir=\"rtl\">") == true)
        #expect(site["zh-Hans/guides/at-home.html"]?.contains("<html lang=\"zh-Hans\" dir=\"ltr\">") == true)
        #expect(site["ar/index.html"]?.contains("<html lang=\"ar\" dir=\"rtl\">") == true)
    }

    @Test func fallbackTextCarriesItsOwnLanguage() throws {
        let page = try #require(try SiteRendering.site(Self.multilingual)["ar/guides/at-home.html"])
        #expect(
            page.contains(
                "<p class=\"text say-phrase fallback\" lang=\"en\" dir=\"ltr\">Please slide the warrant under the door.</p>\n</div>"
            ), "a phrase shown in English needs no English beside it")
        // An interface string the project does not translate, but whose English is kyr's own,
        // is kyr's built-in Arabic.
        #expect(page.contains("المصادر"))
        #expect(!page.contains("<span lang=\"en\" dir=\"ltr\">Sources</span>"))
        // Translated text carries no attribute of its own.
        #expect(page.contains("<h1>إذا جاء العملاء إلى بيتك</h1>"))
    }

    @Test func aProjectStringWithNoTranslationIsEnglishInItsOwnLanguage() throws {
        let project = try TemporaryProject(copying: Self.multilingual)
        let strings = try project.read("Content/strings/en.yaml")
        try project.write(
            "Content/strings/en.yaml",
            strings.replacingOccurrences(of: "  sources: Sources\n", with: "  sources: Where this comes from\n"))
        let page = try #require(try SiteRendering.site(project.url)["ar/guides/at-home.html"])
        #expect(page.contains("<span lang=\"en\" dir=\"ltr\">Where this comes from</span>"))
        #expect(!page.contains("المصادر"), "kyr's Arabic translates kyr's English, not the project's own")
    }

    @Test func noticesAreInTheReadersLanguageAndLinkToTheSourcePage() throws {
        let site = try SiteRendering.site(Self.multilingual)
        let arabic = try #require(site["ar/guides/at-home.html"])
        #expect(
            arabic.contains(
                "<p class=\"notice notice-draft\">هذه الترجمة مسودة. <a href=\"../../en/guides/at-home.html\" hreflang=\"en\">اقرأ بالإنجليزية</a></p>"
            ))
        #expect(arabic.contains("notice-fallback"))
        let english = try #require(site["en/guides/at-home.html"])
        #expect(!english.contains("class=\"notices\""))
        // zh-Hans is `translated` (not a draft) but has untranslated units.
        let chinese = try #require(site["zh-Hans/guides/at-home.html"])
        #expect(chinese.contains("notice-draft"), "translated is below reviewed: readers are told")
        #expect(chinese.contains("notice-fallback"))
    }

    @Test func contentCannotInjectMarkup() throws {
        let site = try SiteRendering.site(Self.multilingual)
        for (path, page) in site where path.hasSuffix(".html") {
            #expect(!page.contains("<script"), "\(path) has a script element")
            #expect(!page.contains("<b>"), "\(path) passed content markup through")
        }
        #expect(
            site["en/guides/at-home.html"]?.contains(
                "Text like &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;tags&lt;/b&gt; stays text.") == true)
    }

    @Test func phoneNumbersStayLeftToRightInsideRightToLeftText() throws {
        let page = try #require(try SiteRendering.site(Self.multilingual)["ar/guides/at-home.html"])
        #expect(
            page.contains(
                "اتصل بالرقم <a href=\"tel:18554357693\" class=\"phone\"><bdi dir=\"ltr\">1-855-435-7693</bdi></a>."))
    }

    @Test func rootPicksALanguageNamedInItself() throws {
        let root = try #require(try SiteRendering.site(Self.multilingual)["index.html"])
        for (code, name) in [("en", "English"), ("es", "Español"), ("ar", "العربية"), ("zh-Hans", "简体中文")] {
            let dir = code == "ar" ? "rtl" : "ltr"
            #expect(
                root.contains(
                    "<li><a href=\"\(code)/index.html\" hreflang=\"\(code)\" lang=\"\(code)\" dir=\"\(dir)\">\(name)</a> <span class=\"prompt\" lang=\"\(code)\" dir=\"\(dir)\">"
                ), "\(code)")
        }
    }

    @Test func hreflangAlternatesAndSitemap() throws {
        let site = try SiteRendering.site(Self.multilingual)
        let page = try #require(site["es/guides/at-home.html"])
        for code in ["en", "es", "ar", "zh-Hans"] {
            #expect(
                page.contains(
                    "<link rel=\"alternate\" hreflang=\"\(code)\" href=\"https://kyr-test.org/\(code)/guides/at-home.html\">"
                ))
        }
        #expect(
            page.contains(
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://kyr-test.org/en/guides/at-home.html\">"
            ))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://kyr-test.org/es/guides/at-home.html\">"))
        // The root sitemap is an index of one sitemap per language; each lists its language's
        // pages (the site root with the source language's), with every version as an alternate.
        let index = try #require(site["sitemap.xml"])
        #expect(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        for code in ["en", "es", "ar", "zh-Hans"] {
            #expect(index.contains("<loc>https://kyr-test.org/\(code)/sitemap.xml</loc>"))
        }
        let arabic = try #require(site["ar/sitemap.xml"])
        #expect(arabic.contains("<loc>https://kyr-test.org/ar/guides/at-home.html</loc>"))
        #expect(!arabic.contains("<loc>https://kyr-test.org/es/guides/at-home.html</loc>"))
        #expect(
            arabic.contains(
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://kyr-test.org/en/agencies/ice.html\"/>"
            ))
        #expect(try #require(site["en/sitemap.xml"]).contains("<loc>https://kyr-test.org/</loc>"))
        for text in [index, arabic, try #require(site["en/sitemap.xml"])] { #expect(!text.contains("404")) }
    }

    /// The sitemap is keyed by what its URLs are made from, not by making and hashing them: the
    /// key must move exactly when the sitemap's bytes do, edit after edit.
    @Test func theSitemapsKeyMovesExactlyWhenTheSitemapDoes() throws {
        /// Each sitemap file's key and bytes, by path.
        func sitemaps(_ project: URL) throws -> [String: (key: ContentHash?, text: String?)] {
            let built = try SiteRendering.build(project)
            let renderer = SiteRenderer(
                publication: built.publication, templates: .bundledTemplates, options: SiteOptions())
            let texts = Dictionary(uniqueKeysWithValues: built.files.map { ($0.path, $0.text) })
            return Dictionary(
                uniqueKeysWithValues: renderer.sitemaps(renderer.pages).map {
                    ($0.path, ($0.values.contentHash, texts[$0.path]))
                })
        }
        let project = try TemporaryProject(copying: Self.multilingual)
        var last = try sitemaps(project.url)
        #expect(
            Set(last.keys) == [
                "sitemap.xml", "en/sitemap.xml", "es/sitemap.xml", "ar/sitemap.xml", "zh-Hans/sitemap.xml",
            ])
        #expect(last.values.allSatisfy { $0.key != nil && $0.text != nil })
        #expect(try sitemaps(project.url).mapValues(\.key) == last.mapValues(\.key), "the same site, the same keys")
        let edits: [(String, () throws -> Void)] = [
            (
                "a translation removed",
                {
                    try FileManager.default.removeItem(
                        at: project.url.appendingPathComponent("Content/guides/at-home/es.yaml"))
                }
            ),
            (
                "Arabic published only where complete",
                {
                    let site = try project.read("Content/site.yaml")
                    try project.write(
                        "Content/site.yaml",
                        site.replacingOccurrences(of: "  - ar\n", with: "  - tag: ar\n    publish: complete\n"))
                }
            ),
            (
                "a guide's text edited",
                {
                    let english = try project.read("Content/guides/at-home/en.yaml")
                    try project.write("Content/guides/at-home/en.yaml", english + "\n# edited\n")
                }
            ),
            (
                "another base URL",
                {
                    let site = try project.read("Content/site.yaml")
                    try project.write(
                        "Content/site.yaml", site.replacingOccurrences(of: "kyr-test.org", with: "kyr.example.net"))
                }
            ),
            (
                "a language dropped",
                {
                    let site = try project.read("Content/site.yaml")
                    try project.write("Content/site.yaml", site.replacingOccurrences(of: "  - zh-Hans\n", with: ""))
                    try FileManager.default.removeItem(
                        at: project.url.appendingPathComponent("Content/guides/at-home/zh-Hans.yaml"))
                }
            ),
        ]
        var moved = 0
        for (edit, apply) in edits {
            try apply()
            let next = try sitemaps(project.url)
            for path in Set(next.keys).union(last.keys) {
                let (before, after) = (last[path], next[path])
                #expect((before?.key != after?.key) == (before?.text != after?.text), "\(edit): \(path)")
                if before?.text != after?.text { moved += 1 }
            }
            last = next
        }
        #expect(moved >= 2, "the edits must change the sitemap for the test to say anything")
    }

    @Test func languagesCanBeLimited() throws {
        let site = try SiteRendering.site(Self.multilingual, languages: [try LanguageTagFixture.tag("ar")])
        #expect(site["ar/guides/at-home.html"] != nil)
        #expect(site["en/guides/at-home.html"] != nil, "the source language is always built")
        #expect(site["es/index.html"] == nil)
        #expect(site["ar/guides/at-home.html"]?.contains("hreflang=\"es\"") == false)
    }

    @Test func notFoundPageLinksFromTheSiteRoot() throws {
        let page = try #require(try SiteRendering.site(Self.multilingual)["404.html"])
        #expect(page.contains("<link rel=\"stylesheet\" href=\"/style.css\">"))
        #expect(page.contains("<a href=\"/ar/index.html\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"))
        #expect(!page.contains("rel=\"canonical\""))
    }

    /// The translators' page is linked from each language's start page only: readers of a guide
    /// have no use for it. Each language is folded to its summary line (no script needed).
    @Test func translationStatusIsLinkedFromTheLanguageStartPagesOnly() throws {
        let site = try SiteRendering.site(Self.multilingual, translationStatus: true)
        let page = try #require(site["translation-status.html"])
        #expect(page.contains("<div class=\"coverage\">"))
        #expect(page.contains("<details class=\"coverage-language\" id=\"lang-ar\">\n<summary><h2 id=\"h-ar\">"))
        #expect(!page.contains("<details class=\"coverage-language\" id=\"lang-ar\" open"))
        let link = try Regex(#"<a href="(\.\./)*translation-status\.html">"#)
        for (path, page) in site where path.hasSuffix(".html") {
            let isStartPage = path.hasSuffix("/index.html") && path.split(separator: "/").count == 2
            #expect(
                page.contains(link) == isStartPage,
                "\(path): \(isStartPage ? "no" : "a") link to the translation status")
        }
        #expect(site["es/index.html"]?.contains("<a href=\"../translation-status.html\">") == true)
        #expect(try SiteRendering.site(Self.multilingual)["translation-status.html"] == nil)
    }

    /// A language's start page and "identify the agency" show machine-drafted titles, summaries
    /// and cues: they carry the notices too, in the reader's language, linking to the English page.
    @Test func languagePagesCarryTheNoticesOfWhatTheyShow() throws {
        let site = try SiteRendering.site(Self.multilingual)
        let spanish = try #require(site["es/index.html"])
        #expect(spanish.contains("<p class=\"notice notice-draft\">"))
        #expect(spanish.contains("<a href=\"../en/index.html\" hreflang=\"en\">"))
        let agencies = try #require(site["ar/agencies/index.html"])
        #expect(agencies.contains("<p class=\"notice notice-draft\">"))
        #expect(agencies.contains("<a href=\"../../en/agencies/index.html\" hreflang=\"en\">"))
        for path in ["en/index.html", "en/agencies/index.html"] {
            #expect(site[path]?.contains("class=\"notices\"") == false, "\(path)")
        }
    }
}

enum LanguageTagFixture {
    static func tag(_ text: String) throws -> KYRModel.LanguageTag {
        try KYRModel.LanguageTag.parse(text).get()
    }
}
