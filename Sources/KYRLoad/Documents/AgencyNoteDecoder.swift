import KYRModel

/// Decodes an agency-identification note in the source language, `agencies/<id>/<source>.yaml`.
enum AgencyNoteDecoder {
    static let keys = ["name", "short-name", "summary", "legal-review", "sections", "sources"]

    static func decode(_ root: YAMLNode, id: String, _ context: DecodeContext) -> AgencyNote? {
        guard let fields = MappingReader(root, context, what: "an agency note", known: keys) else { return nil }
        let name = fields.required("name").flatMap { context.inline($0) }
        let shortName = fields.optional("short-name").flatMap { context.inline($0) }
        let summary = fields.required("summary").flatMap { context.inline($0) }
        let review = fields.required("legal-review").flatMap { DocumentParts.legalReview($0, context) }
        let sections = fields.required("sections").flatMap { DocumentParts.sections($0, context) }
        let sources = fields.required("sources").flatMap { DocumentParts.sources($0, context) }
        guard let name, let summary, let review, let sections, let sources else { return nil }
        return AgencyNote(
            id: id, file: context.file, name: name, shortName: shortName, summary: summary,
            legalReview: review, sections: sections, sources: sources)
    }
}
