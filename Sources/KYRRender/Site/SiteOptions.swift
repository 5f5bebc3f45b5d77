import KYRModel

/// What to build, beyond the publication itself.
package struct SiteOptions: Sendable {
    /// Where each language stands, for the translators' page: when set, the site gets
    /// `translation-status.html`, rendered with the `translation-status` template.
    package var translationStatus: CoverageReport?

    package init(translationStatus: CoverageReport? = nil) {
        self.translationStatus = translationStatus
    }
}
