/// Where each page of the site lives, and how pages link to each other.
///
/// Every link between pages is relative and names its file (`../guides/at-home.html`, never
/// `../guides/at-home/`), so the site works from `file://`, from any folder of a host and on
/// any static host. Absolute URLs, built from `base-url`, are only used where they must be:
/// canonical links, hreflang alternates and the sitemap.
package struct SitePaths: Sendable {
    /// The site's public address, ending in `/`.
    package let baseURL: String

    package init(baseURL: String) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }

    package static let root = "index.html"
    package static let notFound = "404.html"
    package static let sitemap = "sitemap.xml"
    package static let stylesheet = "style.css"
    /// Where the translators' page goes when the site is given one (`SiteOptions.translationStatus`).
    package static let translationStatus = "translation-status.html"

    package static func languageIndex(_ language: LanguageTag) -> String {
        language.identifier + "/index.html"
    }

    /// Defined with the publication, so printed QR codes lead to the same page.
    package static func guide(_ id: String, in language: LanguageTag) -> String {
        Publication.guidePath(id, in: language)
    }

    /// A guide's "show this to the agent" view, beside the guide's page (`es/guides/at-home.show.html`):
    /// guide IDs are slugs, without dots, so it never meets another guide's page.
    package static func showToAgent(_ id: String, in language: LanguageTag) -> String {
        language.identifier + "/guides/" + id + ".show.html"
    }

    package static func agencies(in language: LanguageTag) -> String {
        language.identifier + "/agencies/index.html"
    }

    package static func agency(_ id: String, in language: LanguageTag) -> String {
        language.identifier + "/agencies/" + id + ".html"
    }

    /// The link from the page at `from` to the file at `to`, both relative to the site root.
    package static func relative(from: String, to: String) -> String {
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

    /// The prefix that leads from the page at `path` back to the site root (`""`, `../`, `../../`).
    package static func rootPrefix(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The public address of the file at `path`; a folder's `index.html` is addressed as the folder.
    package func absolute(_ path: String) -> String {
        if path == Self.root { return baseURL }
        if path.hasSuffix("/index.html") { return baseURL + path.dropLast("index.html".count) }
        return baseURL + path
    }

    /// The path part of the base URL (`/` or `/kyr/`): the 404 page is served at any depth, so its
    /// links start from the host's root instead of being relative.
    package var basePath: String {
        guard let scheme = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}
