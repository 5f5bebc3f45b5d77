import KYRModel

/// What to build, beyond the content itself.
public struct SiteOptions: Sendable {
    /// Target languages to build (nil: every published language). The source language is always
    /// built, because every other language links to it for text that is not translated.
    public var languages: [LanguageTag]?
    /// The day the build happens, for review-date notices. Passed in, never read from the clock,
    /// so a rebuild of the same content on another day with the same `today` is byte-identical.
    public var today: ContentDate
    /// HOOK (issue 3, translation coverage): the body of the translation status page, already
    /// HTML (e.g. `CoverageReport.htmlBody()`). When set, the site gets `translation-status.html`
    /// rendered with the `translation-status` template, and every footer links to it.
    public var translationStatusHTML: String?

    public init(languages: [LanguageTag]? = nil, today: ContentDate, translationStatusHTML: String? = nil) {
        self.languages = languages
        self.today = today
        self.translationStatusHTML = translationStatusHTML
    }
}
