/// Decides, for each language and document, which units readers see translated and which
/// fall back to the source language, following each language's publish policy. An outdated
/// unit is never shown as if current: it falls back.
public struct Localizer: Sendable {
    public let content: ContentSet
    public let sourceLanguage: LanguageTag
    /// Translated units with errors (`Diagnostic.subject`s): shown in the source language instead.
    public let blocked: Set<String>

    /// Translation files by `<document path>/<language>`, so look-ups do not scan every file.
    private let index: [String: Int]

    public init(content: ContentSet, blocked: Set<String> = []) {
        self.content = content
        self.blocked = blocked
        sourceLanguage = content.site?.sourceLanguage ?? .english
        var index: [String: Int] = [:]
        for (i, file) in content.translations.enumerated() {
            index[Self.key(file.kind.documentPath(file.documentID), file.language)] = index[Self.key(file.kind.documentPath(file.documentID), file.language)] ?? i
        }
        self.index = index
    }

    private static func key(_ path: String, _ language: LanguageTag) -> String {
        path + "/" + language.identifier
    }

    /// Whether a translated unit may be shown: current, at least the minimum state, and free of errors.
    public func isPublishable(_ status: UnitStatus, key: String, in file: TranslationFile) -> Bool {
        guard case .current(let state) = status else { return false }
        return isPublishable(state, key: key, in: file, policy: policy(for: file.language))
    }

    /// The same for a current unit in `state`, with the language's policy already looked up
    /// (coverage asks for every unit of every language).
    public func isPublishable(_ state: TranslationState, key: String, in file: TranslationFile, policy: PublishPolicy) -> Bool {
        state >= policy.minimumState && (blocked.isEmpty || !blocked.contains(Diagnostic.subject(file: file.file, key: key)))
    }

    /// The publish policy of `language`.
    public func policy(for language: LanguageTag) -> PublishPolicy {
        content.site?.policies[language] ?? .standard
    }

    /// The translation of `document` into `language`, if one exists.
    public func translation(of document: any SourceDocument, into language: LanguageTag) -> TranslationFile? {
        index[Self.key(document.kind.documentPath(document.id), language)].map { content.translations[$0] }
    }

    /// Each source unit's status in `language`.
    public func statuses(of document: any SourceDocument, in language: LanguageTag) -> [(unit: TranslatableUnit, status: UnitStatus)] {
        let file = translation(of: document, into: language)
        var units = UnitCursor(file)
        return document.translatableUnits.map { unit in
            (unit, UnitStatus.of(source: unit, translation: units.position(of: unit.key).map { file!.units[$0] }, in: file))
        }
    }

    /// The document as `language`'s readers see it.
    public func localize(_ document: any SourceDocument, into language: LanguageTag) -> LocalizedDocument {
        var texts: [String: ResolvedText] = [:]
        if language == sourceLanguage {
            for unit in document.translatableUnits {
                texts[unit.key] = ResolvedText(text: unit.text, language: language, isFallback: false, state: nil)
            }
        } else {
            let file = translation(of: document, into: language)
            var units = UnitCursor(file)
            for (unit, status) in statuses(of: document, in: language) {
                if let file, let position = units.position(of: unit.key), case .current(let state) = status,
                   isPublishable(status, key: unit.key, in: file) {
                    texts[unit.key] = ResolvedText(text: file.units[position].text, language: language, isFallback: false, state: state)
                } else {
                    texts[unit.key] = ResolvedText(text: unit.text, language: sourceLanguage, isFallback: true, state: nil)
                }
            }
        }
        return LocalizedDocument(document: document, language: language, sourceLanguage: sourceLanguage, texts: texts)
    }

    /// Whether a page for `document` is published in `language` under its policy.
    public func isPublished(_ document: any SourceDocument, in language: LanguageTag) -> Bool {
        if language == sourceLanguage { return true }
        switch policy(for: language).mode {
        case .never: return false
        case .fallback: return true
        case .complete: return !localize(document, into: language).hasFallback
        }
    }

    /// The languages whose pages are published at all: the source and every language not set to `never`.
    public var publishedLanguages: [LanguageTag] {
        (content.site?.allLanguages ?? [sourceLanguage]).filter { $0 == sourceLanguage || policy(for: $0).mode != .never }
    }
}
