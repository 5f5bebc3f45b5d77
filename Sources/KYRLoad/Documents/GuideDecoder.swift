import KYRModel

/// Decodes a guide in the source language, `guides/<id>/<source>.yaml`.
enum GuideDecoder {
    static let keys = [
        "title", "summary", "message", "agencies", "legal-review", "sections", "card", "sources", "print",
    ]

    static func decode(_ root: YAMLNode, id: String, _ context: DecodeContext) -> Guide? {
        guard let fields = MappingReader(root, context, what: "a guide", known: keys) else { return nil }
        let title = fields.required("title").flatMap { context.inline($0) }
        let summary = fields.required("summary").flatMap { context.inline($0) }
        let message = fields.optional("message").flatMap { context.inline($0) }
        let agencies = fields.optional("agencies").flatMap { DocumentParts.agencyReferences($0, context) } ?? []
        let review = fields.required("legal-review").flatMap { DocumentParts.legalReview($0, context) }
        let sections = fields.required("sections").flatMap { DocumentParts.sections($0, context) }
        let card = fields.optional("card").flatMap { DocumentParts.units($0, what: "card", context) } ?? []
        let sources = fields.required("sources").flatMap { DocumentParts.sources($0, context) }
        let maxPages = fields.optional("print").flatMap { pageLimit($0, context) }
        guard let title, let summary, let review, let sections, let sources else { return nil }
        var guide = Guide(
            id: id, file: context.file, title: title, summary: summary, agencies: agencies,
            legalReview: review, sections: sections, card: card, sources: sources, maxPages: maxPages)
        guide.message = message
        return guide
    }

    /// `print: {max-pages: 1}`: the most pages the printed handout may take in any language.
    private static func pageLimit(_ node: YAMLNode, _ context: DecodeContext) -> Located<Int>? {
        guard let fields = MappingReader(node, context, what: "print settings", known: ["max-pages"]),
            let value = fields.optional("max-pages"),
            let pages = context.integer(value, what: "max-pages", in: 1...20)
        else { return nil }
        return Located(pages, at: context.location(value.start))
    }
}
