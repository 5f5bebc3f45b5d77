import KYRModel

/// Writes a catalog as XLIFF 2.0 with libxml2: one `<file>` per document (id `guides:at-home`,
/// `original` the translation file), one `<unit>` per unit with its key as id, a `<segment>`
/// with the English and the current translation, kyr's markup as inline codes with their
/// original data, notes for the translator, and, in `<mda:metadata>`, the fingerprint of the
/// translation as exported, so an import can tell whether the content changed meanwhile.
///
/// kyr's states map to XLIFF's: missing, no target (`initial`); outdated, `initial` with
/// subState `kyr:outdated`; draft, `translated` with subState `kyr:draft`; translated,
/// `translated`; reviewed, `reviewed`.
package enum XLIFFWriter {
    /// The metadata kyr keeps per unit, and the type of its one entry.
    package static let metadataCategory = "kyr"
    package static let exportedTargetType = "exported-target"
    /// subState values kyr writes (and reads): `kyr:draft` and `kyr:outdated`.
    package static let draftSubState = "kyr:draft"
    package static let outdatedSubState = "kyr:outdated"

    package static func write(_ catalog: ExchangeCatalog) -> String {
        let writer = XMLTreeWriter(
            root: "xliff", namespace: XLIFFNamespace.core, prefixes: [("mda", XLIFFNamespace.metadata)])
        let root = writer.root
        for (name, value) in [
            ("version", "2.0"), ("srcLang", catalog.sourceLanguage.identifier),
            ("trgLang", catalog.language.identifier),
        ] {
            writer.attribute(name, value, on: root)
        }
        for document in catalog.documents {
            var attributes = [("id", document.exchangeID), ("original", document.translationFile)]
            if catalog.language.isRightToLeft { attributes.append(("trgDir", "rtl")) }
            let file = writer.element("file", in: root, attributes: attributes, depth: 1)
            let notes = writer.element("notes", in: file, depth: 2)
            let note = writer.element("note", in: notes, attributes: [("category", "document")], depth: 3)
            writer.text(
                "\(document.title). The English is in \(document.sourceFile); kyr translate import writes the translation into \(document.translationFile). Every unit must be true on its own: a text message, a wallet card or a screen reader's list may show it without its heading.",
                in: note)
            writer.close(notes, depth: 2)
            for unit in document.units {
                write(unit, into: file, writer, variables: catalog.variables)
            }
            writer.close(file, depth: 1)
        }
        return writer.serialized()
    }

    private static func write(
        _ unit: ExchangeUnit, into file: XMLTreeWriter.Node, _ writer: XMLTreeWriter, variables: [String: Variable]
    ) {
        let element = writer.element("unit", in: file, attributes: [("id", unit.key)], depth: 2)
        let metadata = writer.element("metadata", in: element, namespace: XLIFFNamespace.metadata, depth: 3)
        let group = writer.element(
            "metaGroup", in: metadata, namespace: XLIFFNamespace.metadata,
            attributes: [("category", metadataCategory), ("appliesTo", "target")], depth: 4)
        let meta = writer.element(
            "meta", in: group, namespace: XLIFFNamespace.metadata, attributes: [("type", exportedTargetType)],
            depth: 5)
        writer.text(unit.exportedTarget, in: meta)
        writer.close(group, depth: 4)
        writer.close(metadata, depth: 3)
        let notes = writer.element("notes", in: element, depth: 3)
        for note in unit.notes {
            writer.text(
                note.text, in: writer.element("note", in: notes, attributes: [("category", note.category)], depth: 4))
        }
        writer.close(notes, depth: 3)

        let source = MarkedText(raw: unit.source) ?? MarkedText(pieces: [.text(unit.source)])
        let target = unit.target.map { MarkedText(raw: $0) ?? MarkedText(pieces: [.text($0)]) }
        let codes = InlineCodes(source: source, target: target)
        if !codes.data.isEmpty {
            let original = writer.element("originalData", in: element, depth: 3)
            for (id, value) in codes.data {
                writer.text(value, in: writer.element("data", in: original, attributes: [("id", id)], depth: 4))
            }
            writer.close(original, depth: 3)
        }
        var state: [(String, String)]
        switch (unit.status, unit.state) {
        case (.missing, _), (_, nil): state = [("state", "initial")]
        case (.outdated, _): state = [("state", "initial"), ("subState", outdatedSubState)]
        case (.current, .draft): state = [("state", "translated"), ("subState", draftSubState)]
        case (.current, .translated): state = [("state", "translated")]
        case (.current, .reviewed): state = [("state", "reviewed")]
        }
        let segment = writer.element("segment", in: element, attributes: state, depth: 3)
        // Codes the target already keeps may not be deleted: variables and links (kyr check
        // refuses a translation without them). A target that lacks one keeps the code deletable,
        // or the file would break XLIFF's rule that a target keeps every such code.
        let kept = codes.target.map(InlineCodes.codeIDs)
        // Line breaks (a YAML literal block) are text: both sides say so, as XLIFF requires them to agree.
        let preserve = unit.source.contains("\n") || (unit.target?.contains("\n") ?? false)
        let sourceElement = writer.element("source", in: segment, depth: 4)
        if preserve { writer.attribute("space", "preserve", on: sourceElement, namespace: XLIFFNamespace.xml) }
        content(codes.source, in: sourceElement, writer, variables: variables, kept: kept)
        if let targetCodes = codes.target {
            let targetElement = writer.element("target", in: segment, depth: 4)
            if preserve { writer.attribute("space", "preserve", on: targetElement, namespace: XLIFFNamespace.xml) }
            content(targetCodes, in: targetElement, writer, variables: variables, kept: nil)
        }
        writer.close(segment, depth: 3)
        writer.close(element, depth: 2)
    }

    /// Text and inline codes, recursively (as deep as kyr's markup nests: 32 levels at most).
    private static func content(
        _ nodes: [InlineCodes.Node], in parent: XMLTreeWriter.Node, _ writer: XMLTreeWriter,
        variables: [String: Variable], kept: Set<String>?
    ) {
        for node in nodes {
            switch node {
            case .text(let text):
                writer.text(text, in: parent)
            case .placeholder(let code):
                var attributes = [
                    ("id", code.id), ("dataRef", code.startData), ("type", "ui"), ("subType", "xlf:var"),
                    ("canCopy", "no"),
                ]
                if kept?.contains(code.id) ?? true { attributes.append(("canDelete", "no")) }
                if let variable = code.variable.flatMap({ variables[$0] }) {
                    attributes.append(("disp", variable.value))
                }
                writer.element("ph", in: parent, attributes: attributes)
            case .span(let code, let children):
                var attributes = [("id", code.id), ("dataRefStart", code.startData)]
                if let end = code.endData { attributes.append(("dataRefEnd", end)) }
                switch code.span {
                case .strong: attributes += [("type", "fmt"), ("subType", "xlf:b")]
                case .emphasis: attributes += [("type", "fmt"), ("subType", "xlf:i")]
                case .link, nil:
                    attributes += [("type", "link"), ("canCopy", "no")]
                    if kept?.contains(code.id) ?? true { attributes.append(("canDelete", "no")) }
                }
                let element = writer.element("pc", in: parent, attributes: attributes)
                content(children, in: element, writer, variables: variables, kept: kept)
            }
        }
    }
}
