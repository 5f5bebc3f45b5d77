import KYRModel
import KYRPrint
import KYRRender

/// The outputs `kyr build --format` knows, and which of them exist yet.
package enum BuildFormat: String, Sendable, CaseIterable {
    case html, text, print

    /// Whether the format can be built.
    package var isAvailable: Bool { true }

    /// The folder under the output root it is written to.
    package var folder: String {
        switch self {
        case .html: "site"
        case .text: "text"
        case .print: "print"
        }
    }

    /// What changes the format's bytes besides the project and the options (`OutputFormat.identity`).
    var identity: String {
        self == .print ? PrintFormat().identity : ""
    }

    /// The renderer for this format, with the project's templates where it has them.
    func renderer(_ request: BuildRequest, translationStatus: CoverageReport?) throws(RenderError) -> any OutputFormat {
        let layout = request.layout
        switch self {
        case .print:
            return PrintFormat(paper: request.paper)
        case .text:
            let folder = layout.templates(rawValue)
            let files = try TemplateFolder.read(
                layout.path(folder), display: layout.display(folder), projectRoot: layout.root,
                accept: TextTemplates.isTemplateFile)
            let templates = try TextTemplates(files: files, folder: layout.display(folder))
            return TextFormat(templates: templates, options: TextOptions(width: request.textWidth))
        case .html:
            let folder = layout.templates(rawValue)
            let files = try TemplateFolder.read(
                layout.path(folder), display: layout.display(folder), projectRoot: layout.root,
                accept: SiteTemplates.isTemplateFile)
            let templates = try SiteTemplates(files: files, folder: layout.display(folder))
            return SiteFormat(templates: templates, options: SiteOptions(translationStatus: translationStatus))
        }
    }
}
