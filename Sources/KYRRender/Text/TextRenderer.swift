import KYRModel

/// Renders the plain-text output in memory: per built language an index, every published guide
/// and agency note as plain text from the `Templates/text` templates, wrapped to the line width,
/// and every published guide's WhatsApp/Signal message and SMS. Pure: the same publication,
/// templates and options always give the same bytes.
struct TextRenderer: Sendable {
    let publication: Publication
    let templates: TextTemplates
    let options: TextOptions
    let site: Site
    let paths: SitePaths
    let languages: [LanguageTag: TextLanguage]

    init(publication: Publication, templates: TextTemplates, options: TextOptions) {
        self.publication = publication
        self.templates = templates
        self.options = options
        site = publication.site
        paths = SitePaths(baseURL: site.publicBaseURL)
        languages = Dictionary(
            uniqueKeysWithValues: publication.languages.map {
                (
                    $0,
                    TextLanguage(publication.language($0), variables: publication.site.variables, width: options.width)
                )
            })
    }

    /// One file to write, before rendering.
    enum Item: Sendable {
        case index(LanguageTag)
        case guide(Guide, LanguageTag)
        case agency(AgencyNote, LanguageTag)
        case message(Guide, LanguageTag)
        case sms(Guide, LanguageTag)

        var path: String {
            switch self {
            case .index(let language): TextPaths.index(language)
            case .guide(let guide, let language): TextPaths.guide(guide.id, in: language)
            case .agency(let note, let language): TextPaths.agency(note.id, in: language)
            case .message(let guide, let language): TextPaths.message(guide.id, in: language)
            case .sms(let guide, let language): TextPaths.sms(guide.id, in: language)
            }
        }

        /// The index lists every document; a guide's text names the agency notes it refers to.
        var dependency: OutputDependency {
            switch self {
            case .index: .everything
            case .guide(let guide, _): .documents([guide.ref] + guide.agencyRefs)
            case .agency(let note, _): .documents([note.ref])
            case .message(let guide, _), .sms(let guide, _): .documents([guide.ref])
            }
        }
    }

    /// Every file, in a fixed order: the same documents in the same languages as the site.
    var items: [Item] {
        var items: [Item] = []
        for language in publication.languages {
            items.append(.index(language))
            for guide in publication.guides where publication.isPublished(guide.ref, in: language) {
                items += [.guide(guide, language), .message(guide, language), .sms(guide, language)]
            }
            for note in publication.agencies where publication.isPublished(note.ref, in: language) {
                items.append(.agency(note, language))
            }
        }
        return items
    }

    /// Every file with what it depends on, sorted by path.
    var plan: [PlannedFile] {
        items.map { PlannedFile($0.path, $0.dependency) }.sorted { $0.path < $1.path }
    }

    /// The files, sorted by path: all, or those whose paths are in `only`; rendered in
    /// parallel, since each depends only on the content.
    func render(only: Set<String>? = nil) -> [OutputFile] {
        let wanted = only.map { only in items.filter { only.contains($0.path) } } ?? items
        return Parallel.map(wanted) { OutputFile(path: $0.path, text: render($0)) }.sorted { $0.path < $1.path }
    }

    func render(_ item: Item) -> String {
        switch item {
        case .index(let language):
            return layout(templates.render(indexValues(language), with: "index"), in: language)
        case .guide(let guide, let language):
            return layout(templates.render(guideValues(guide, language), with: "guide"), in: language)
        case .agency(let note, let language):
            return layout(templates.render(agencyValues(note, language), with: "agency"), in: language)
        case .message(let guide, let language):
            return message(guide, language).text(.chat) + "\n"
        case .sms(let guide, let language):
            return message(guide, language).sms + "\n"
        }
    }

    /// A guide's message, composed as `kyr check` measures it.
    func message(_ guide: Guide, _ language: LanguageTag) -> GuideMessage {
        GuideMessage(
            publication.localized(guide, in: language), strings: languages[language]!.messageStrings, site: site)
    }

    /// A template's output as a finished text: trailing spaces removed, no space after Chinese
    /// and Japanese full-width punctuation (templates join strings with spaces), at most one blank
    /// line in a row, none at the start, one line break at the end, then every line wrapped.
    func layout(_ text: String, in language: LanguageTag) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while line.last == " " || line.last == "\t" { line = line.dropLast() }
            if line.isEmpty && (lines.isEmpty || lines.last!.isEmpty) { continue }
            lines.append(Self.withoutSpaceAfterFullWidthPunctuation(line))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let wrapper = languages[language]!.wrapper
        return lines.flatMap { wrapper.wrap(line: $0) }.joined(separator: "\n") + "\n"
    }

    /// `line` without the spaces that follow `。`, `，`, `：`, `）` and the other full-width
    /// punctuation of Chinese and Japanese, which is set with no space after it.
    static func withoutSpaceAfterFullWidthPunctuation(_ line: Substring) -> Substring {
        guard line.unicodeScalars.contains(where: isFullWidthPunctuation) else { return line }
        var out = ""
        var previous: Unicode.Scalar?
        for scalar in line.unicodeScalars {
            if scalar == " ", let previous, isFullWidthPunctuation(previous) { continue }
            out.unicodeScalars.append(scalar)
            previous = scalar
        }
        return Substring(out)
    }

    private static func isFullWidthPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40,
            0xFF5B...0xFF65:
            true
        default: false
        }
    }
}
