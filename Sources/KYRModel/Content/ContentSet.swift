/// Everything loaded from a `Content/` folder: the input to checks and renderers.
public struct ContentSet: Sendable {
    public var site: Site?
    public var guides: [Guide]
    public var agencies: [AgencyNote]
    public var strings: StringsFile?
    public var translations: [TranslationFile]
    /// How many files were read.
    public var fileCount: Int
    /// The IDs whose source-language file exists, by kind, even where that file failed to load,
    /// so a broken file is not also reported as missing.
    public var presentSources: [DocumentKind: Set<String>]
    /// Translation files that exist, as `<document path>/<language>` (`guides/at-home/es`), even where they failed to load.
    public var presentTranslations: Set<String> = []
    /// Source texts translations were stamped against, by document path (`guides/at-home`) and fingerprint.
    public var histories: [String: [String: String]] = [:]
    /// Display paths of files that had errors: rules comparing against them would only repeat those errors.
    public var filesWithErrors: Set<String> = []

    public init(
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
    public func source(of translation: TranslationFile) -> (any SourceDocument)? {
        switch translation.kind {
        case .guide: guides.first { $0.id == translation.documentID }
        case .agency: agencies.first { $0.id == translation.documentID }
        case .strings: strings
        }
    }

    /// Every source document: guides, agency notes, then strings.
    public var sourceDocuments: [any SourceDocument] {
        guides + agencies + (strings.map { [$0] } ?? [])
    }
}
