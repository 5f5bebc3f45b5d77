import KYRModel

/// A file found under `Content/` and what its path says it is.
struct ContentFile: Sendable {
    enum Role: Sendable {
        case site
        case document(DocumentKind, id: String, language: LanguageTag)
        /// Source texts translations were stamped against: `history/guides/<id>.yaml`, `history/strings.yaml`.
        case history(DocumentKind, id: String)
    }

    /// Path relative to the project directory, e.g. `Content/guides/at-home/es.yaml`.
    var relativePath: String
    /// Path as shown in diagnostics.
    var displayPath: String
    var absolutePath: String
    var role: Role
}
