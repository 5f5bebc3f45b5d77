import Foundation
import KYRTestSupport
import Testing

@testable import KYRRender

/// The bundled content's whole site: private, light, and every link leads somewhere.
@Suite struct BundledSiteTests {
    static func site() throws -> [String: String] { try SiteRendering.bundled.get() }

    /// `href="..."` and `src="..."` values of a page, with the element they are on.
    static func references(in page: String) -> [(element: String, attribute: String, value: String)] {
        var found: [(String, String, String)] = []
        let regex = try! Regex(#"<([a-z]+)\b[^>]*?\b(href|src|srcset|action|poster|data)="([^"]*)""#)
        for match in page.matches(of: regex) {
            found.append(
                (
                    String(match.output[1].substring!), String(match.output[2].substring!),
                    String(match.output[3].substring!)
                ))
        }
        return found
    }

    @Test func noRequestLeavesTheSite() throws {
        for (path, page) in try Self.site() where path.hasSuffix(".html") {
            #expect(!page.contains("<script"), "\(path): script")
            #expect(
                !page.contains("<img") && !page.contains("<iframe") && !page.contains("<video")
                    && !page.contains("<audio"), "\(path): embedded media")
            #expect(
                page.contains(
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'"),
                "\(path): CSP")
            for reference in Self.references(in: page) {
                #expect(reference.attribute == "href", "\(path): \(reference.attribute) on <\(reference.element)>")
                if reference.element == "link" {
                    // Only the stylesheet is loaded; canonical and alternates are addresses, not requests.
                    let isAddress = reference.value.hasPrefix("https://kyr-test.org/")
                    let isStylesheet = reference.value.hasSuffix("style.css") && !reference.value.contains(":")
                    #expect(isAddress || isStylesheet || path == "404.html", "\(path): <link href=\(reference.value)>")
                }
            }
        }
        let css = try #require(try Self.site()["style.css"])
        #expect(
            !css.contains("url(") && !css.contains("@import") && !css.contains("@font-face"),
            "the stylesheet loads nothing")
    }

    @Test func stylesheetIsUnder30KB() throws {
        let css = try #require(try Self.site()["style.css"])
        #expect(css.utf8.count < 30_000)
        #expect(
            !css.contains("margin-left") && !css.contains("padding-right") && !css.contains("text-align: left")
                && !css.contains("float: left"),
            "physical left/right properties mirror wrongly in right-to-left pages")
    }

    @Test func everyRelativeLinkLeadsToAFileAndEveryFragmentToAnID() throws {
        let site = try Self.site()
        var checked = 0
        for (path, page) in site where path.hasSuffix(".html") && path != "404.html" {
            for reference in Self.references(in: page) where reference.attribute == "href" {
                let value = reference.value
                checked += 1
                if value.hasPrefix("https://") || value.hasPrefix("tel:") || value.hasPrefix("mailto:")
                    || value.hasPrefix("sms:")
                {
                    continue
                }
                #expect(!value.hasPrefix("/") && !value.contains("://"), "\(path): \(value) is not relative")
                let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let target = parts[0].isEmpty ? path : Self.resolve(String(parts[0]), from: path)
                guard let targetPage = site[target] else {
                    Issue.record("\(path): link to \(value) leads nowhere (\(target))")
                    continue
                }
                if parts.count == 2 {
                    #expect(targetPage.contains("id=\"\(parts[1])\""), "\(path): no #\(parts[1]) in \(target)")
                }
            }
        }
        #expect(checked > 1000, "the link pattern found only \(checked) links")
    }

    @Test func everyGuideShowsReviewSourcesAndNotLegalAdvice() throws {
        let site = try Self.site()
        let guides = site.keys.filter { $0.contains("/guides/") && !$0.hasSuffix(".show.html") }
        #expect(guides.count >= 7)
        for path in guides {
            let page = site[path]!
            #expect(page.contains("<div class=\"review"), "\(path): review")
            #expect(page.contains("<time datetime=\""), "\(path): review date")
            #expect(page.contains("class=\"sources\""), "\(path): sources")
            #expect(page.contains("<p class=\"disclaimer\">"), "\(path): not legal advice")
        }
    }

    @Test func headingsDoNotSkipLevels() throws {
        let regex = try Regex(#"<h([1-6])\b"#)
        for (path, page) in try Self.site() where path.hasSuffix(".html") {
            let levels = page.matches(of: regex).map { Int($0.output[1].substring!)! }
            #expect(levels.first == 1, "\(path) starts with h\(levels.first ?? 0)")
            #expect(levels.filter { $0 == 1 }.count == 1, "\(path) has \(levels.filter { $0 == 1 }.count) h1")
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(path): h\(previous) then h\(next)")
            }
        }
    }

    static func resolve(_ link: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for piece in link.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
