import KYRModel

/// One page of the site, before rendering: which template, for what, in which language.
/// Plain values, so the list of pages (and the sitemap) can be worked out before any text is
/// rendered, and pages can be rendered in any order, in parallel.
enum SitePage: Sendable {
    /// The language picker at the site root.
    case root
    /// The page hosts serve for missing addresses.
    case notFound
    /// A language's list of guides.
    case languageIndex(LanguageTag)
    /// A language's "identify the agency" overview.
    case agencies(LanguageTag)
    case guide(Guide, LanguageTag)
    /// A guide's statements to an agent, in English, large: the "show this to the agent" view.
    case showToAgent(Guide, LanguageTag)
    case agency(AgencyNote, LanguageTag)
    /// The translators' page, when the build is given one.
    case translationStatus

    /// The file the page is written to.
    var path: String {
        switch self {
        case .root: SitePaths.root
        case .notFound: SitePaths.notFound
        case .languageIndex(let language): SitePaths.languageIndex(language)
        case .agencies(let language): SitePaths.agencies(in: language)
        case .guide(let guide, let language): SitePaths.guide(guide.id, in: language)
        case .showToAgent(let guide, let language): SitePaths.showToAgent(guide.id, in: language)
        case .agency(let note, let language): SitePaths.agency(note.id, in: language)
        case .translationStatus: SitePaths.translationStatus
        }
    }

    /// What the page is made from: a guide's page links the agency notes it refers to, by name;
    /// the lists and the pages about the whole site depend on every document.
    var dependency: OutputDependency {
        switch self {
        case .root, .notFound, .languageIndex, .agencies, .translationStatus: .everything
        case .guide(let guide, _): .documents([guide.ref] + guide.agencyRefs)
        case .showToAgent(let guide, _): .documents([guide.ref])
        case .agency(let note, _): .documents([note.ref])
        }
    }

    /// The template that renders it.
    var template: String {
        switch self {
        case .root: "root"
        case .notFound: "not-found"
        case .languageIndex: "index"
        case .agencies: "agencies"
        case .guide: "guide"
        case .showToAgent: "show"
        case .agency: "agency"
        case .translationStatus: "translation-status"
        }
    }
}
