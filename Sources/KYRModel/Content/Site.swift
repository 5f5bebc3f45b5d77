/// The project settings from `Content/site.yaml`.
public struct Site: Sendable {
    public var sourceLanguage: LanguageTag
    public var languages: [Located<LanguageTag>]
    public var organizationName: String
    public var organizationURL: String?
    public var baseURL: String
    public var paper: PaperSize
    public var variables: [String: Variable]
    /// The display path of site.yaml.
    public var file: String
    /// Variables that are defined but invalid (already reported), so uses of them are not reported again.
    public var invalidVariableNames: Set<String> = []
    /// Publish policies set in site.yaml; languages without one use `PublishPolicy.standard`.
    public var policies: [LanguageTag: PublishPolicy] = [:]

    public init(
        sourceLanguage: LanguageTag, languages: [Located<LanguageTag>], organizationName: String,
        organizationURL: String?, baseURL: String, paper: PaperSize, variables: [String: Variable], file: String
    ) {
        self.sourceLanguage = sourceLanguage
        self.languages = languages
        self.organizationName = organizationName
        self.organizationURL = organizationURL
        self.baseURL = baseURL
        self.paper = paper
        self.variables = variables
        self.file = file
    }

    /// Source language first, then the target languages in the order site.yaml lists them.
    public var allLanguages: [LanguageTag] {
        [sourceLanguage] + languages.map(\.value)
    }
}
