import KYRModel

/// One source document and its units, as one `<file>` of an XLIFF export or one run of PO
/// entries: a guide, an agency note, or the interface strings.
package struct ExchangeDocument: Sendable, Equatable {
    package var ref: DocumentRef
    /// "Rights guide “If immigration agents come to your home”".
    package var title: String
    /// The project-relative path of the source file and of the translation (which may not exist yet).
    package var sourceFile: String
    package var translationFile: String
    package var units: [ExchangeUnit]

    package init(ref: DocumentRef, title: String, sourceFile: String, translationFile: String, units: [ExchangeUnit]) {
        self.ref = ref
        self.title = title
        self.sourceFile = sourceFile
        self.translationFile = translationFile
        self.units = units
    }

    /// The XLIFF `<file id>` and how PO contexts name the document: `guides:at-home`,
    /// `agencies:ice`, `strings` (an NMTOKEN, unlike the path).
    package var exchangeID: String {
        ref.kind == .strings ? "strings" : ref.kind.folder + ":" + ref.id
    }

    /// The document an exchange id names; nil for anything else.
    package static func ref(exchangeID id: String) -> DocumentRef? {
        if id == "strings" { return .strings }
        let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, Slug.isValid(parts[1]) else { return nil }
        switch parts[0] {
        case DocumentKind.guide.folder: return DocumentRef(.guide, parts[1])
        case DocumentKind.agency.folder: return DocumentRef(.agency, parts[1])
        default: return nil
        }
    }
}
