import Foundation
import KYRDriver
import KYRModel

/// Renders a project's site in memory, as `kyr build` would, on a fixed day.
package enum SiteRendering {
    package static let today = ContentDate("2026-11-22")!

    package static func files(
        _ project: URL, languages: [LanguageTag] = [], translationStatus: Bool = false
    ) throws -> [OutputFile] {
        let layout = ProjectLayout(root: project.path)
        let checked = try CheckedProject.load(layout, today: today)
        var times = PhaseTimes()
        let request = BuildRequest(
            layout: layout, languages: languages, today: today, translationStatus: translationStatus)
        return try Builder.render(checked, request, times: &times)[0].result.files
    }

    /// The files by path.
    package static func site(
        _ project: URL, languages: [LanguageTag] = [], translationStatus: Bool = false
    ) throws -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: try files(project, languages: languages, translationStatus: translationStatus).map {
                ($0.path, $0.text)
            })
    }

    /// The whole bundled site, rendered once for the tests that inspect every page.
    package static let bundled: Result<[String: String], any Error> = Result { try site(Fixtures.packageRoot) }
}
