import KYRModel

extension DocumentParts {
    /// A unit's `sources`: the IDs of the document's sources it rests on, each a slug, none twice.
    /// Whether each ID exists is checked once the whole document is read (`unknown-source`).
    static func sourceReferences(_ node: YAMLNode, _ context: DecodeContext) -> [Located<String>]? {
        guard let items = context.list(node, what: "sources") else { return nil }
        var ids = UniqueIDs(what: "cited source", context: context)
        var references: [Located<String>] = []
        for item in items {
            if let id = context.slug(item, what: "source id"), ids.insert(id) { references.append(id) }
        }
        return references
    }
}
