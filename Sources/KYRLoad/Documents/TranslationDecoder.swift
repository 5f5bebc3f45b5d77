import KYRModel

/// Decodes a translation file: a state and text by key.
enum TranslationDecoder {
    static func decode(_ root: YAMLNode, kind: DocumentKind, id: String, language: LanguageTag,
                       _ context: DecodeContext) -> TranslationFile? {
        guard let fields = MappingReader(root, context, what: "a translation", known: ["state", "units"]) else { return nil }
        let state = fields.required("state").map { context.choice($0, what: "translation state", as: TranslationState.self) }
        guard let unitsNode = fields.required("units"),
              let units = MappingReader(unitsNode, context, what: "units", known: nil)
        else { return nil }
        let list = units.orderedKeys.compactMap { key -> TranslationFile.Unit? in
            guard let name = key.scalar, let value = units.value(for: key) else { return nil }
            guard isValidKey(name) else {
                context.report(.invalidID, "'\(name)' is not a unit key (IDs joined by '.', such as 'door.dont-open')", at: key)
                return nil
            }
            return unit(Located(name, at: context.location(key.start)), value, context)
        }
        guard let state = state ?? nil else { return nil }
        return TranslationFile(kind: kind, documentID: id, language: language, file: context.file, state: state, units: list)
    }

    private static func unit(_ key: Located<String>, _ node: YAMLNode, _ context: DecodeContext) -> TranslationFile.Unit? {
        if node.scalar != nil {
            return context.inline(node).map { TranslationFile.Unit(key: key, text: $0, state: nil) }
        }
        guard let fields = MappingReader(node, context, what: "unit '\(key.value)'", known: ["text", "state"]) else { return nil }
        let state = fields.optional("state").map { context.choice($0, what: "translation state", as: TranslationState.self) }
        let text = fields.required("text").flatMap { context.inline($0) }
        guard let text else { return nil }
        return TranslationFile.Unit(key: key, text: text, state: state ?? nil)
    }

    private static func isValidKey(_ key: String) -> Bool {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { Slug.isValid(String($0)) }
    }
}
