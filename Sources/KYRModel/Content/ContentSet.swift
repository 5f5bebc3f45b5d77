/// Everything loaded from a `Content/` folder: the input to checks and renderers.
package struct ContentSet: Sendable {
    package var site: Site?
    package var guides: [Guide]
    package var agencies: [AgencyNote]
    /// The project's own interface strings in the source language: only the strings it
    /// overrides (kyr's built-in strings stand in for the rest).
    package var strings: StringsFile?
    /// The interface strings kyr ships.
    package var builtInStrings = BuiltInStrings()
    package var translations: [TranslationFile]
    /// How many files were read.
    package var fileCount: Int
    /// The IDs whose source-language file exists, by kind, even where that file failed to load,
    /// so a broken file is not also reported as missing.
    package var presentSources: [DocumentKind: Set<String>]
    /// Translation files that exist, even where they failed to load, with their display paths.
    package var presentTranslations: [TranslationRef: String] = [:]
    /// Source texts translations were stamped against, by document and fingerprint.
    package var histories: [DocumentRef: [String: String]] = [:]
    /// Display paths of files that had errors: rules comparing against them would only repeat those errors.
    package var filesWithErrors: Set<String> = []

    package init(
        site: Site? = nil, guides: [Guide] = [], agencies: [AgencyNote] = [], strings: StringsFile? = nil,
        translations: [TranslationFile] = [], fileCount: Int = 0, presentSources: [DocumentKind: Set<String>] = [:]
    ) {
        self.site = site
        self.guides = guides
        self.agencies = agencies
        self.strings = strings
        self.translations = translations
        self.fileCount = fileCount
        self.presentSources = presentSources
    }

    /// The source document a translation translates, if it exists.
    package func source(of translation: TranslationFile) -> (any SourceDocument)? {
        switch translation.kind {
        case .guide: guides.first { $0.id == translation.documentID }
        case .agency: agencies.first { $0.id == translation.documentID }
        case .strings: strings
        }
    }

    /// Every source document: guides, agency notes, then strings.
    package var sourceDocuments: [any SourceDocument] {
        guides + agencies + (strings.map { [$0] } ?? [])
    }
}
