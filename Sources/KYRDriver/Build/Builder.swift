import Foundation
import KYRCheck
import KYRModel
import KYRRender

/// `kyr build`: from a checked project to every requested output, each written atomically
/// into its folder under the output root.
package enum Builder {
    /// Builds `request.formats` from `checked`, which must be free of errors.
    package static func build(
        _ checked: CheckedProject, _ request: BuildRequest, times: inout PhaseTimes
    ) throws(BuildError) -> [BuildSummary] {
        guard !checked.hasErrors else { throw .contentErrors }
        let listed = Set(checked.listedLanguages)
        if let unknown = request.languages.first(where: { !listed.contains($0) }) { throw .unlistedLanguage(unknown) }
        let publication: Publication
        do {
            publication = try Publication(
                localizer: checked.localizer, languages: request.languages.isEmpty ? nil : request.languages,
                today: request.today)
        } catch {
            throw .nothingToPublish(error)
        }
        // The translators' page: every missing or outdated unit per language, from the same report as kyr coverage.
        let status = checked.coverage(languages: request.languages)
        var summaries: [BuildSummary] = []
        for format in request.formats {
            let renderer: any OutputFormat
            let result: RenderResult
            do {
                renderer = try format.renderer(request.layout, translationStatus: status)
                result = try times.measure("render") { () throws(RenderError) in try renderer.render(publication) }
            } catch {
                throw .template(error)
            }
            let destination = request.layout.output(renderer.folder)
            do {
                try OutputPlacement.check(destination, root: request.layout.outputRoot, layout: request.layout)
                try times.measure("write") { () throws(OutputError) in
                    try OutputWriter(destination: destination, force: request.force).write(result.files)
                }
            } catch {
                throw .output(error)
            }
            summaries.append(
                BuildSummary(
                    format: format, destination: URL(fileURLWithPath: request.layout.outputRoot).appendingPathComponent(renderer.folder).path,
                    pages: result.files.count { $0.path.hasSuffix(".html") }, files: result.files.count,
                    bytes: result.files.reduce(0) { $0 + $1.contents.count }, languages: publication.languages))
        }
        return summaries
    }
}
