import KYRModel

/// Decodes a translation file: a state, text by key, and the fingerprints kyr stamped.
enum TranslationDecoder {
    static let keys = ["state", "units", "translated-from"]
    static let unitKeys = ["text", "state", "allow"]

    static func decode(
        _ root: YAMLNode, kind: DocumentKind, id: String, language: LanguageTag,
        _ context: DecodeContext
    ) -> TranslationFile? {
        guard let fields = MappingReader(root, context, what: "a translation", known: keys) else { return nil }
        let state = fields.required("state").map {
            context.choice($0, what: "translation state", as: TranslationState.self)
        }
        guard let unitsNode = fields.required("units"),
            let units = MappingReader(unitsNode, context, what: "units", known: nil)
        else { return nil }
        var list: [TranslationFile.Unit] = []
        for (key, value) in units.entries {
            guard let located = unitKey(key, context), let unit = unit(located, value, context) else { continue }
            list.append(unit)
        }
        let fingerprints = fields.optional("translated-from").flatMap { decodeFingerprints($0, context) }
        guard let state = state ?? nil else { return nil }
        return TranslationFile(
            kind: kind, documentID: id, language: language, state: state, units: list,
            stamps: fingerprints ?? [:], unitsAt: unitsNode.start, context)
    }

    static func unit(_ key: Located<String>, _ node: YAMLNode, _ context: DecodeContext) -> TranslationFile
        .Unit?
    {
        if let scalar = node.scalar {
            // An empty value is a unit not translated yet (a skeleton from `kyr translate init`):
            // readers see the source text, and coverage counts it as missing.
            if node.isNull || scalar.unicodeScalars.allSatisfy(\.isUnicodeWhitespace) { return nil }
            return context.inline(node).map { TranslationFile.Unit(key: key, text: $0, state: nil) }
        }
        guard let fields = MappingReader(node, context, what: "unit '\(key.value)'", known: unitKeys) else {
            return nil
        }
        let state = fields.optional("state").map {
            context.choice($0, what: "translation state", as: TranslationState.self)
        }
        let allowances = fields.optional("allow").flatMap { decodeAllowances($0, context) } ?? []
        let text = fields.required("text").flatMap { context.inline($0) }
        guard let text else { return nil }
        return TranslationFile.Unit(key: key, text: text, state: state ?? nil, allowances: allowances)
    }

    /// `allow: {check-code: reason}`; the reason may be empty, which `kyr check` warns about.
    private static func decodeAllowances(_ node: YAMLNode, _ context: DecodeContext) -> [TranslationFile.Allowance]? {
        guard let fields = MappingReader(node, context, what: "allow", known: nil) else { return nil }
        return fields.entries.compactMap { key, value in
            guard let code = key.scalar else { return nil }
            guard value.scalar != nil else {
                context.report(
                    .wrongType, "the reason for allowing '\(code)' must be text, found \(value.kindDescription)",
                    at: value)
                return nil
            }
            let reason = value.isNull ? "" : (value.scalar ?? "")
            return TranslationFile.Allowance(code: Located(code, at: context.location(key.start)), reason: reason)
        }
    }

    /// `key: <source fingerprint>` or, since stamps record the translation too,
    /// `key: <source fingerprint> <translation fingerprint>`.
    private static func decodeFingerprints(_ node: YAMLNode, _ context: DecodeContext) -> [String: TranslationFile
        .Stamp]?
    {
        guard let fields = MappingReader(node, context, what: "translated-from", known: nil) else { return nil }
        var stamps: [String: TranslationFile.Stamp] = [:]
        stamps.reserveCapacity(fields.entries.count)  // one per unit: no rehashing while filling
        for (key, value) in fields.entries {
            fingerprint(key, value, context, into: &stamps)
        }
        return stamps
    }

    /// One entry of `translated-from`, added to `stamps` when it is valid.
    static func fingerprint(
        _ key: YAMLNode, _ value: YAMLNode, _ context: DecodeContext, into stamps: inout [String: TranslationFile.Stamp]
    ) {
        guard let located = unitKey(key, context), let written = context.text(value, what: "a fingerprint")
        else { return }
        // Split on the byte: a fingerprint is ASCII, so wherever splitting by byte and by
        // character differ (a space starting a cluster), a part is invalid either way. The two
        // forms kyr writes, one fingerprint or two with one space, are read without splitting.
        let bytes = written.utf8
        let parts: [UInt64?]
        if bytes.count == 16 {
            parts = [Fingerprint.value(parsing: written)]
        } else if bytes.count == 33, bytes[bytes.index(bytes.startIndex, offsetBy: 16)] == UInt8(ascii: " ") {
            parts = [Fingerprint.value(parsing: written.prefix(16)), Fingerprint.value(parsing: written.suffix(16))]
        } else {
            parts = bytes.split(separator: UInt8(ascii: " ")).map { Fingerprint.value(parsing: Substring($0)) }
        }
        guard (1...2).contains(parts.count), let source = parts[0], parts.count == 1 || parts[1] != nil else {
            context.report(
                .invalidValue,
                "'\(written)' is not a fingerprint kyr wrote; run 'kyr translate stamp' instead of editing translated-from by hand",
                at: value)
            return
        }
        let at = context.location(value.start)
        stamps[located.value] = TranslationFile.Stamp(
            source: source, translation: parts.count == 2 ? parts[1] : nil, line: at.line, column: at.column)
    }

    static func unitKey(_ key: YAMLNode, _ context: DecodeContext) -> Located<String>? {
        guard let name = key.scalar else { return nil }
        guard Slug.isValidKey(name) else {
            context.report(
                .invalidID, "'\(name)' is not a unit key (IDs joined by '.', such as 'door.dont-open')", at: key)
            return nil
        }
        return Located(name, at: context.location(key.start))
    }
}

extension TranslationFile {
    /// A decoded translation file; `unitsAt` is where its `units` mapping starts.
    init(
        kind: DocumentKind, documentID: String, language: LanguageTag, state: TranslationState, units: [Unit],
        stamps: [String: TranslationFile.Stamp], unitsAt: YAMLMark, _ context: DecodeContext
    ) {
        self.init(
            kind: kind, documentID: documentID, language: language, file: context.file, state: state, units: units)
        self.stamps = stamps
        unitsLocation = context.location(unitsAt)
    }
}
