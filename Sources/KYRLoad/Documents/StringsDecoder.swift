import KYRModel

/// Decodes the source-language interface strings, `strings/<source>.yaml`.
enum StringsDecoder {
    static func decode(_ root: YAMLNode, _ context: DecodeContext) -> StringsFile? {
        guard let fields = MappingReader(root, context, what: "a strings file", known: ["units"]),
            let unitsNode = fields.required("units")
        else { return nil }
        let known = InterfaceString.allCases.map(\.rawValue)
        guard let units = MappingReader(unitsNode, context, what: "strings", known: known) else { return nil }
        let list = units.entries.compactMap { key, value -> TranslatableUnit? in
            guard let name = key.scalar, let text = context.inline(value) else { return nil }
            return TranslatableUnit(key: name, text: text)
        }
        return StringsFile(file: context.file, units: list, location: context.location(unitsNode.start))
    }
}
