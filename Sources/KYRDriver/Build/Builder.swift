import Foundation
import KYRCheck
import KYRModel
import KYRRender

/// `kyr build`: from a checked project to every requested output, each written atomically
/// into its folder under the output root.
package enum Builder {
    /// One format rendered in memory, not yet written.
    package struct Rendered: Sendable {
        package var format: BuildFormat
        /// The folder under the output root the files go to (`site`).
        package var folder: String
        package var result: RenderResult
        package var publication: Publication
    }

    /// Builds `request.formats` from `checked`, which must be free of errors.
    package static func build(
        _ checked: CheckedProject, _ request: BuildRequest, times: inout PhaseTimes
    ) throws(BuildError) -> [BuildSummary] {
        var summaries: [BuildSummary] = []
        for rendered in try render(checked, request, times: &times) {
            let destination = request.layout.output(rendered.folder)
            do {
                try OutputPlacement.check(destination, root: request.layout.outputRoot, layout: request.layout)
                try times.measure("write") { () throws(OutputError) in
                    try OutputWriter(destination: destination, force: request.force).write(rendered.result.files)
                }
            } catch {
                throw .output(error)
            }
            let files = rendered.result.files
            summaries.append(
                BuildSummary(
                    format: rendered.format,
                    destination: URL(fileURLWithPath: request.layout.outputRoot).appendingPathComponent(rendered.folder)
                        .path,
                    pages: files.count {
                        $0.path.hasSuffix(".html") || $0.path.hasSuffix(".txt") || $0.path.hasSuffix(".pdf")
                    },
                    files: files.count,
                    bytes: files.reduce(0) { $0 + $1.contents.count }, languages: rendered.publication.languages))
        }
        return summaries
    }

    /// Renders `request.formats` from `checked` in memory: what `build` writes.
    package static func render(
        _ checked: CheckedProject, _ request: BuildRequest, times: inout PhaseTimes
    ) throws(BuildError) -> [Rendered] {
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
        let status = request.translationStatus ? checked.coverage(languages: request.languages) : nil
        var rendered: [Rendered] = []
        for format in request.formats {
            do {
                let renderer = try format.renderer(request, translationStatus: status)
                let result = try times.measure("render") { () throws(RenderError) in try renderer.render(publication) }
                for phase in result.phases { times.append(PhaseTimes(phase.name, phase.duration)) }
                rendered.append(
                    Rendered(format: format, folder: renderer.folder, result: result, publication: publication))
            } catch {
                throw .template(error)
            }
        }
        return rendered
    }
}
