import Foundation
import KYRCheck
import KYRModel
@testable import KYRRender

/// Renders a project's site in memory, as `kyr build` would, on a fixed day.
enum SiteRendering {
    static let today = ContentDate("2026-11-22")!

    static func files(_ project: URL, options: SiteOptions? = nil) throws -> [SiteFile] {
        let checked = try CheckedProject.load(project.path, today: today)
        let templates = try SiteTemplates.load(projectDirectory: project.path)
        return try SiteRenderer(localizer: checked.localizer, templates: templates, options: options ?? SiteOptions(today: today)).render()
    }

    /// The files by path.
    static func site(_ project: URL, options: SiteOptions? = nil) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try files(project, options: options).map { ($0.path, $0.text) })
    }

    /// The whole bundled site, rendered once for the tests that inspect every page.
    static let bundled: Result<[String: String], any Error> = Result { try site(Fixtures.packageRoot) }
}
