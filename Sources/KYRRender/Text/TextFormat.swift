import KYRModel

/// Plain texts and messages as an output format: `kyr build --format text` writes them to
/// `Output/text`: per language an index, each guide and agency note as wrapped plain text, and
/// each guide's WhatsApp/Signal message and SMS.
package struct TextFormat: OutputFormat {
    package let templates: TextTemplates
    package let options: TextOptions

    package init(templates: TextTemplates = .bundledTemplates, options: TextOptions = TextOptions()) {
        self.templates = templates
        self.options = options
    }

    package var name: String { "text" }

    package var folder: String { "text" }

    package func plan(_ publication: Publication) -> [PlannedFile] {
        TextRenderer(publication: publication, templates: templates, options: options).plan
    }

    package func render(_ publication: Publication, only: Set<String>?) throws(RenderError) -> RenderResult {
        RenderResult(
            files: TextRenderer(publication: publication, templates: templates, options: options).render(only: only))
    }
}
