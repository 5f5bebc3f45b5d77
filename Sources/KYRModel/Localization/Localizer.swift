/// Decides, for each language and document, which units readers see translated and which
/// fall back to the source language, following each language's publish policy. An outdated
/// unit is never shown as if current: it falls back.
package struct Localizer: Sendable {
    package let content: ContentSet
    package let sourceLanguage: LanguageTag
    /// Translated units with errors (`Diagnostic.subject`s): shown in the source language instead.
    package let blocked: Set<TranslatedUnitRef>

    /// Translation files by document and language, so look-ups do not scan every file.
    private let index: [TranslationRef: Int]

    package init(content: ContentSet, blocked: Set<TranslatedUnitRef> = []) {
        self.content = content
        self.blocked = blocked
        sourceLanguage = content.site?.sourceLanguage ?? .english
        var index: [TranslationRef: Int] = [:]
        for (i, file) in content.translations.enumerated() where index[file.ref] == nil {
            index[file.ref] = i
        }
        self.index = index
    }

    /// A localizer that keeps every unit with an error among `diagnostics` from publication.
    package init(content: ContentSet, diagnostics: [Diagnostic]) {
        self.init(
            content: content, blocked: Set(diagnostics.lazy.filter { $0.severity == .error }.compactMap(\.subject)))
    }

    /// Whether a translated unit may be shown: current, at least the minimum state, and free of errors.
    package func isPublishable(_ status: UnitStatus, key: String, in file: TranslationFile) -> Bool {
        guard case .current(let state) = status else { return false }
        return isPublishable(state, key: key, in: file, policy: policy(for: file.language))
    }

    /// The same for a current unit in `state`, with the language's policy already looked up
    /// (coverage asks for every unit of every language).
    package func isPublishable(_ state: TranslationState, key: String, in file: TranslationFile, policy: PublishPolicy)
        -> Bool
    {
        state >= policy.minimumState && (blocked.isEmpty || !blocked.contains(file.unitRef(key)))
    }

    /// The publish policy of `language`.
    package func policy(for language: LanguageTag) -> PublishPolicy {
        content.site?.policies[language] ?? .standard
    }

    /// The translation of `document` into `language`, if one exists.
    package func translation(of document: any SourceDocument, into language: LanguageTag) -> TranslationFile? {
        index[document.ref.translation(language)].map { content.translations[$0] }
    }

    /// Each source unit's status in `language`.
    package func statuses(of document: any SourceDocument, in language: LanguageTag) -> [(
        unit: TranslatableUnit, status: UnitStatus
    )] {
        let file = translation(of: document, into: language)
        var units = UnitCursor(file)
        return document.translatableUnits.map { unit in
            (
                unit,
                UnitStatus.of(source: unit, translation: units.position(of: unit.key).map { file!.units[$0] }, in: file)
            )
        }
    }

    /// The document as `language`'s readers see it.
    package func localize(_ document: any SourceDocument, into language: LanguageTag) -> LocalizedDocument {
        localize(document, into: language, units: document.translatableUnits)
    }

    /// The document as `language`'s readers see it, resolving only the units under `keys`: what
    /// an output showing a few units (a text message) needs, for every guide in every language,
    /// without resolving the rest. Other texts of the result read as not translated.
    package func localize(_ document: any SourceDocument, into language: LanguageTag, keys: Set<String>)
        -> LocalizedDocument
    {
        localize(document, into: language, units: document.translatableUnits.filter { keys.contains($0.key) })
    }

    private func localize(_ document: any SourceDocument, into language: LanguageTag, units source: [TranslatableUnit])
        -> LocalizedDocument
    {
        var texts: [String: ResolvedText] = [:]
        texts.reserveCapacity(source.count)  // filled once: no rehashing, no slack
        if language == sourceLanguage {
            for unit in source {
                texts[unit.key] = ResolvedText(text: unit.text, language: language, isFallback: false, state: nil)
            }
        } else {
            let file = translation(of: document, into: language)
            var units = UnitCursor(file)
            for unit in source {
                let position = units.position(of: unit.key)
                let status = UnitStatus.of(source: unit, translation: position.map { file!.units[$0] }, in: file)
                if let file, let position, case .current(let state) = status,
                    isPublishable(status, key: unit.key, in: file)
                {
                    texts[unit.key] = ResolvedText(
                        text: file.units[position].text, language: language, isFallback: false, state: state)
                } else {
                    texts[unit.key] = ResolvedText(
                        text: unit.text, language: sourceLanguage, isFallback: true, state: nil)
                }
            }
        }
        return LocalizedDocument(document: document, language: language, sourceLanguage: sourceLanguage, texts: texts)
    }

    /// Whether a page for `document` is published in `language` under its policy.
    package func isPublished(_ document: any SourceDocument, in language: LanguageTag) -> Bool {
        if language == sourceLanguage { return true }
        switch policy(for: language).mode {
        case .never: return false
        case .fallback: return true
        case .complete: return !localize(document, into: language).hasFallback
        }
    }

    /// The languages whose pages are published at all: the source and every language not set to `never`.
    package var publishedLanguages: [LanguageTag] {
        (content.site?.allLanguages ?? [sourceLanguage]).filter {
            $0 == sourceLanguage || policy(for: $0).mode != .never
        }
    }
}
