/// Where the site publishes each page, for outputs that point readers to it (the QR code of a
/// printed handout). The site's own paths (`SitePaths`) are built from the same functions.
extension Publication {
    /// A guide's page in `language`, relative to the site root: `es/guides/at-home.html`.
    package static func guidePath(_ id: String, in language: LanguageTag) -> String {
        language.identifier + "/guides/" + id + ".html"
    }

    /// The public address of a guide's page in `language`, under `base-url`; nil when the site
    /// has no public address (or only a placeholder), so nothing prints one that leads nowhere.
    package func address(ofGuide id: String, in language: LanguageTag) -> String? {
        guard let baseURL = site.publicBaseURL else { return nil }
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return base + Self.guidePath(id, in: language)
    }
}
