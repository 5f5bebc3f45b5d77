import KYRModel

/// A translation has a source file, is in a language site.yaml lists, and holds only keys
/// its source has (others are orphans, left from removed or renamed units).
package struct TranslationFileRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let listed = Set(content.site?.languages.map(\.value) ?? [])
        let localizer = Localizer(content: content)
        // Each source document's unit keys, once: translations look them up by document path.
        var keysByDocument: [DocumentRef: (file: String, keys: Set<String>)] = [:]
        for source in content.sourceDocuments where !content.filesWithErrors.contains(source.file) {
            keysByDocument[source.ref] = (source.file, Set(source.translatableUnits.map(\.key)))
        }
        for translation in content.translations {
            let whole = SourceLocation.file(translation.file)
            if content.site != nil, !listed.contains(translation.language) {
                diagnostics.append(
                    Diagnostic(
                        .unlistedLanguage,
                        "'\(translation.language)' is not among the languages of site.yaml; add it there or remove this file",
                        at: whole))
            }
            let present =
                content.presentSources[translation.kind]?.contains(
                    translation.kind == .strings ? "" : translation.documentID) ?? false
            guard present else {
                let source = content.site?.sourceLanguage.identifier ?? "en"
                let path =
                    translation.kind == .strings
                    ? "strings/\(source).yaml" : "\(translation.kind.folder)/\(translation.documentID)/\(source).yaml"
                diagnostics.append(
                    Diagnostic(.missingSourceFile, "translation has no source file: \(path) does not exist", at: whole))
                continue
            }
            guard let (sourceFile, keys) = keysByDocument[translation.document] else { continue }
            let unpublished = localizer.policy(for: translation.language).mode == .never
            // By index: binding each unit would copy all of its fields, for every unit of every file.
            for index in translation.units.indices where !keys.contains(translation.units[index].key.value) {
                let unit = translation.units[index]
                diagnostics.append(
                    Diagnostic(
                        .orphanUnit,
                        "unit '\(unit.key.value)' does not exist in \(ContentPath.relative(sourceFile))"
                            + Suggestion.clause(for: unit.key.value, in: keys.sorted()), at: unit.key.location,
                        severity: unpublished ? .note : nil))
            }
        }
        return diagnostics
    }
}
