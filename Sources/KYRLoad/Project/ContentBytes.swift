import KYRModel

/// Content decoded straight from bytes, without a project on disk: for the fuzz targets,
/// which feed the loader millions of damaged files.
package enum ContentBytes {
    /// The roles a file may have, to decode the same bytes as each.
    package enum Role: CaseIterable, Sendable {
        case site, guide, agency, strings, translation, history
    }

    /// Parses and decodes `bytes` as a file of `role`; the diagnostics and whether a model value came out.
    package static func decode(_ bytes: [UInt8], as role: Role) -> (diagnostics: [Diagnostic], decoded: Bool) {
        let english = LanguageTag.english
        let spanish = (try? LanguageTag.parse("es").get()) ?? english
        let fileRole: ContentFile.Role
        switch role {
        case .site: fileRole = .site
        case .guide: fileRole = .document(.guide, id: "at-home", language: english)
        case .agency: fileRole = .document(.agency, id: "ice", language: english)
        case .strings: fileRole = .document(.strings, id: "", language: english)
        case .translation: fileRole = .document(.guide, id: "at-home", language: spanish)
        case .history: fileRole = .history(.guide, id: "at-home")
        }
        let file = ContentFile(
            relativePath: "fuzz.yaml", displayPath: "fuzz.yaml", absolutePath: "/dev/null", role: fileRole)
        let outcome = FileLoading.decode(bytes, file, sourceLanguage: english)
        return (outcome.diagnostics, outcome.payload != nil)
    }

    /// The fingerprint of the text a guide's (`.guide`) or agency note's file holds, as a review
    /// of it records (`kyr review stamp`); nil when the bytes do not decode as one.
    package static func reviewedTextFingerprint(_ bytes: [UInt8], kind: DocumentKind) -> UInt64? {
        let role: ContentFile.Role = .document(kind, id: "new", language: LanguageTag.english)
        let file = ContentFile(relativePath: "new.yaml", displayPath: "new.yaml", absolutePath: "/dev/null", role: role)
        switch FileLoading.decode(bytes, file, sourceLanguage: LanguageTag.english).payload {
        case .guide(let guide): return guide.reviewedTextFingerprint
        case .agency(let note): return note.reviewedTextFingerprint
        default: return nil
        }
    }

    /// Parses `raw` as inline markup; the nodes, or the located error.
    package static func inline(_ raw: String) -> Result<[InlineNode], Diagnostic> {
        let location = { (offset: Int) in SourceLocation(file: "fuzz", line: 1, column: offset + 1) }
        return InlineParser.parse(raw, locate: location).mapError {
            Diagnostic($0.code, $0.message, at: location($0.offset))
        }
    }
}
