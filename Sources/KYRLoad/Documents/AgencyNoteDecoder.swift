import KYRModel

/// Decodes an agency-identification note in the source language, `agencies/<id>/<source>.yaml`.
enum AgencyNoteDecoder {
    static let keys = ["name", "short-name", "kind", "summary", "legal-review", "sections", "sources"]

    static func decode(_ root: YAMLNode, id: String, _ context: DecodeContext) -> AgencyNote? {
        guard let fields = MappingReader(root, context, what: "an agency note", known: keys) else { return nil }
        let name = fields.required("name").flatMap { context.inline($0) }
        let shortName = fields.optional("short-name").flatMap { context.inline($0) }
        let summary = fields.required("summary").flatMap { context.inline($0) }
        let review = fields.required("legal-review").flatMap { DocumentParts.legalReview($0, context) }
        let sections = fields.required("sections").flatMap { DocumentParts.sections($0, context) }
        let sources = fields.required("sources").flatMap { DocumentParts.sources($0, context) }
        // `kind: documents` marks a note about papers (warrants), not an agency; a wrong word is
        // reported and the note is still read as an agency, so its other problems show too.
        let kind = fields.optional("kind").flatMap { context.choice($0, what: "note kind", as: AgencyNoteKind.self) }
        guard let name, let summary, let review, let sections, let sources else { return nil }
        var note = AgencyNote(
            id: id, file: context.file, name: name, shortName: shortName, summary: summary,
            legalReview: review, sections: sections, sources: sources)
        note.noteKind = kind ?? .agency
        return note
    }
}
