/// Where each page of the site lives, and how pages link to each other.
///
/// Every link between pages is relative and names its file (`../guides/at-home.html`, never
/// `../guides/at-home/`), so the site works from `file://`, from any folder of a host and on
/// any static host. Absolute URLs, built from `base-url`, are only used where they must be:
/// canonical links, hreflang alternates and the sitemap; a site with no public address has none.
package struct SitePaths: Sendable {
    /// The site's public address, ending in `/`; nil when it has none.
    package let baseURL: String?

    package init(baseURL: String?) {
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    package static let root = "index.html"
    package static let notFound = "404.html"
    /// The sitemap index: it lists one sitemap per language (`sitemap(in:)`), as Hugo does for
    /// a multilingual site, so no sitemap nears the protocol's limit of 50,000 addresses and
    /// 50 MB (one for 2,000 guides in 10 languages would have been 48 MB).
    package static let sitemap = "sitemap.xml"
    package static let stylesheet = "style.css"
    /// Where the translators' page goes when the site is given one (`SiteOptions.translationStatus`).
    package static let translationStatus = "translation-status.html"

    /// A language's sitemap: its pages, each with its versions in the other languages.
    package static func sitemap(in language: LanguageTag) -> String {
        language.identifier + "/sitemap.xml"
    }

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

    /// The link from the page at `from` to the file at `to`, both relative to the site root:
    /// `../` for each folder of `from` below the folders the two share, then the rest of `to`.
    /// Folders are compared byte by byte (site paths are ASCII: slugs and language tags); a
    /// page links to about twenty others, so this runs hundreds of thousands of times a build.
    package static func relative(from: String, to: String) -> String {
        var from = from
        var to = to
        return from.withUTF8 { fromBytes in
            to.withUTF8 { toBytes in relative(from: fromBytes, to: toBytes) }
        }
    }

    private static func relative(from: UnsafeBufferPointer<UInt8>, to: UnsafeBufferPointer<UInt8>) -> String {
        let slash = UInt8(ascii: "/")
        // The folders of `from`: its non-empty parts but the last.
        var folders: [Range<Int>] = []
        var start = 0
        for index in 0...from.count where index == from.count || from[index] == slash {
            if index > start { folders.append(start..<index) }
            start = index + 1
        }
        folders.removeLast(folders.isEmpty ? 0 : 1)
        // Shared leading folders; the last part of `to` (its file) is never one of them.
        var common = 0
        var rest = 0  // where the part of `to` after the shared folders starts
        while common < folders.count, let end = to[rest...].firstIndex(of: slash),
            from[folders[common]].elementsEqual(to[rest..<end])
        {
            common += 1
            rest = end + 1
        }
        let ups = folders.count - common
        return String(unsafeUninitializedCapacity: 3 * ups + to.count - rest) { buffer in
            var count = 0
            for _ in 0..<ups {
                for byte in "../".utf8 {
                    buffer[count] = byte
                    count += 1
                }
            }
            for byte in to[rest...] {
                buffer[count] = byte
                count += 1
            }
            return count
        }
    }

    /// The prefix that leads from the page at `path` back to the site root (`""`, `../`, `../../`).
    package static func rootPrefix(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The public address of the file at `path`; a folder's `index.html` is addressed as the
    /// folder. Nil when the site has no public address.
    package func absolute(_ path: String) -> String? {
        guard let baseURL else { return nil }
        if path == Self.root { return baseURL }
        if path.hasSuffix("/index.html") { return baseURL + path.dropLast("index.html".count) }
        return baseURL + path
    }

    /// The path part of the base URL (`/` or `/kyr/`): the 404 page is served at any depth, so its
    /// links start from the host's root instead of being relative.
    package var basePath: String {
        guard let baseURL, let scheme = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}
