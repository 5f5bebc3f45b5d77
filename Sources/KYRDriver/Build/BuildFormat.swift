import KYRModel
import KYRPrint
import KYRRender

/// The outputs `kyr build --format` knows, and which of them exist yet.
package enum BuildFormat: String, Sendable, CaseIterable {
    case html, text, print

    /// Whether the format can be built.
    package var isAvailable: Bool { self != .text }

    /// The renderer for this format, with the project's templates where it has them.
    func renderer(_ layout: ProjectLayout, translationStatus: CoverageReport?, paper: PaperSize?) throws(RenderError)
        -> any OutputFormat
    {
        switch self {
        case .text:
            throw RenderError(file: "kyr", line: 0, column: 0, message: "the \(rawValue) format is not available yet")
        case .print:
            return PrintFormat(paper: paper)
        case .html:
            let folder = layout.templates(rawValue)
            let files = try TemplateFolder.read(
                layout.path(folder), display: layout.display(folder), accept: SiteTemplates.isTemplateFile)
            let templates = try SiteTemplates(files: files, folder: SiteTemplates.projectFolder)
            return SiteFormat(templates: templates, options: SiteOptions(translationStatus: translationStatus))
        }
    }
}
