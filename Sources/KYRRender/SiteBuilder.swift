import Foundation
import KYRCheck
import KYRModel

/// `kyr build --format html`: renders checked content with the project's templates and writes
/// the site atomically to `<output>/site`.
public enum SiteBuilder {
    /// The folder under the output folder that holds the site.
    public static let siteFolder = "site"

    /// What a build wrote.
    public struct Summary: Sendable {
        public var destination: URL
        public var pages: Int
        public var files: Int
        public var bytes: Int
        public var languages: [LanguageTag]
    }

    /// Builds the site of `checked` (which must have no errors) into `outputDirectory/site`.
    public static func build(
        _ checked: CheckedProject, projectDirectory: String, outputDirectory: URL, options: SiteOptions
    ) throws(SiteBuildError) -> Summary {
        guard !checked.hasErrors else { throw .incompleteContent("the content has errors; run kyr check") }
        let templates = try SiteTemplates.load(projectDirectory: projectDirectory)
        let renderer = try SiteRenderer(localizer: checked.localizer, templates: templates, options: options)
        let files = renderer.render()
        let destination = outputDirectory.appendingPathComponent(siteFolder)
        try SiteWriter(destination: destination).write(files)
        return Summary(
            destination: destination, pages: files.filter { $0.path.hasSuffix(".html") }.count, files: files.count,
            bytes: files.reduce(0) { $0 + $1.contents.count }, languages: renderer.languages
        )
    }
}
