import Foundation
import KYRDriver
import KYRModel

/// Renders a project's plain texts and messages in memory, as `kyr build --format text` would,
/// on a fixed day.
package enum TextRendering {
    package static let today = SiteRendering.today

    /// The project's text output, and its site from the same build.
    package static func build(_ project: URL, width: Int = 72) throws -> (text: [OutputFile], site: [OutputFile]) {
        let layout = ProjectLayout(root: project.path)
        let checked = try CheckedProject.load(layout, today: today)
        var times = PhaseTimes()
        var request = BuildRequest(layout: layout, formats: [.text, .html], today: today, translationStatus: false)
        request.textWidth = width
        let rendered = try Builder.render(checked, request, times: &times)
        return (rendered[0].result.files, rendered[1].result.files)
    }

    /// The text files by path.
    package static func files(_ project: URL, width: Int = 72) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try build(project, width: width).text.map { ($0.path, $0.text) })
    }

    /// The bundled content's texts and site, rendered once for the tests that inspect every file.
    package static let bundled: Result<(text: [String: String], site: [String: String]), any Error> = Result {
        let built = try build(Fixtures.packageRoot)
        return (
            Dictionary(uniqueKeysWithValues: built.text.map { ($0.path, $0.text) }),
            Dictionary(uniqueKeysWithValues: built.site.map { ($0.path, $0.text) })
        )
    }
}
