/// The project settings from `Content/site.yaml`.
package struct Site: Sendable {
    package var sourceLanguage: LanguageTag
    package var languages: [Located<LanguageTag>]
    package var organizationName: String
    package var organizationURL: String?
    /// Where the site will be published (`base-url`); nil while it has no public address.
    package var baseURL: String?
    /// Where site.yaml writes `base-url`, for messages about it.
    package var baseURLLocation: SourceLocation?
    package var paper: PaperSize
    package var variables: [String: Variable]
    /// The display path of site.yaml.
    package var file: String
    /// Variables that are defined but invalid (already reported), so uses of them are not reported again.
    package var invalidVariableNames: Set<String> = []
    /// Publish policies set in site.yaml; languages without one use `PublishPolicy.standard`.
    package var policies: [LanguageTag: PublishPolicy] = [:]
    /// How many SMS segments a guide's text message may take in any language (`sms-segments`).
    package var smsSegments = Site.defaultSMSSegments
    /// Hosts outside government domains that publish a government's or court's own texts
    /// (`official-hosts`: host → why), where sources may be labelled official.
    package var officialHosts: [String: String] = [:]

    /// Three segments: 459 GSM-7 characters, or 201 in UCS-2 (any text outside the GSM alphabet).
    package static let defaultSMSSegments = 3
    /// The budgets site.yaml may set.
    package static let smsSegmentRange = 1...20

    package init(
        sourceLanguage: LanguageTag, languages: [Located<LanguageTag>], organizationName: String,
        organizationURL: String?, baseURL: String?, paper: PaperSize, variables: [String: Variable], file: String
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
    package var allLanguages: [LanguageTag] {
        [sourceLanguage] + languages.map(\.value)
    }
}
