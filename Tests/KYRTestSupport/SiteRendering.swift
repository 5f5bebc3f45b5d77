import Foundation
import KYRDriver
import KYRModel

/// Renders a project's site in memory, as `kyr build` would, on a fixed day.
package enum SiteRendering {
    package static let today = ContentDate("2026-11-22")!

    /// The site's files and the publication they were rendered from.
    package static func build(
        _ project: URL, languages: [LanguageTag] = [], translationStatus: Bool = false
    ) throws -> (files: [OutputFile], publication: Publication) {
        let layout = ProjectLayout(root: project.path)
        let checked = try CheckedProject.load(layout, today: today)
        var times = PhaseTimes()
        let request = BuildRequest(
            layout: layout, languages: languages, today: today, translationStatus: translationStatus)
        let rendered = try Builder.render(checked, request, times: &times)[0]
        return (rendered.result.files, rendered.publication)
    }

    package static func files(
        _ project: URL, languages: [LanguageTag] = [], translationStatus: Bool = false
    ) throws -> [OutputFile] {
        try build(project, languages: languages, translationStatus: translationStatus).files
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

    /// The whole bundled site and its publication, rendered once for the tests that inspect every page.
    package static let bundledBuild: Result<(site: [String: String], publication: Publication), any Error> =
        Result {
            let built = try build(Fixtures.packageRoot)
            return (Dictionary(uniqueKeysWithValues: built.files.map { ($0.path, $0.text) }), built.publication)
        }

    /// The whole bundled site, by path.
    package static let bundled: Result<[String: String], any Error> = bundledBuild.map(\.site)
}
