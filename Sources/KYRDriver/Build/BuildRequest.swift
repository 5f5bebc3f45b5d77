import KYRModel
import KYRRender

/// What `kyr build` is asked to do.
package struct BuildRequest: Sendable {
    package var layout: ProjectLayout
    package var formats: [BuildFormat]
    /// Only these target languages (the source language is always built); all when empty.
    package var languages: [LanguageTag]
    /// The day of the build, for review dates.
    package var today: ContentDate
    /// Replace output folders that lack kyr's marker.
    package var force: Bool
    /// Publish the translators' page with the site.
    package var translationStatus: Bool
    /// The line width of plain texts, in terminal cells; 0: no wrapping.
    package var textWidth = TextOptions.defaultWidth
    /// The paper of printed handouts and card sheets; nil for site.yaml's.
    package var paper: PaperSize?
    /// The site's public address for this build, in place of site.yaml's `base-url` (`--base-url`).
    package var baseURL: String?
    /// Render every file, ignoring what the last build left (`--clean`).
    package var clean = false
    /// What names the kyr that builds (`ToolIdentity`): files a different kyr wrote are rendered again.
    package var tool = ToolIdentity.current

    package init(
        layout: ProjectLayout, formats: [BuildFormat] = [.html], languages: [LanguageTag] = [], today: ContentDate,
        force: Bool = false, translationStatus: Bool = true, paper: PaperSize? = nil
    ) {
        self.layout = layout
        self.formats = formats
        self.languages = languages
        self.today = today
        self.force = force
        self.translationStatus = translationStatus
        self.paper = paper
    }
}

/// What one format's build wrote.
package struct BuildSummary: Sendable {
    package var format: BuildFormat
    package var destination: String
    /// Pages of the site, texts and messages of the text output, or documents of print: what a reader opens.
    package var pages: Int
    package var files: Int
    package var bytes: Int
    package var languages: [LanguageTag]
    /// Files rendered by this build; the others were kept from the last one, unchanged.
    package var rendered: Int
}
