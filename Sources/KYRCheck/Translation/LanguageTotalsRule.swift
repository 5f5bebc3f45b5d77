import KYRModel

/// What only a language as a whole shows: the documents it has no translation of, and current
/// units far longer or shorter than is usual for it (`LengthRatio`, measured over all its
/// units). Project-wide by nature, and cheap: it reads lengths and fingerprints, not texts'
/// meaning, so it runs in full even when the document rules remember most guides.
package struct LanguageTotalsRule: ContentRule {
    package init() {}

    package var isParallel: Bool { true }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        guard let site = content.site else { return [] }
        let localizer = Localizer(content: content)
        let documents = content.comparableSources
        // Each source unit's fingerprint and length, once rather than once per language.
        let measures = ContentSet.perDocument(documents) { document in
            document.translatableUnits.map {
                (
                    key: $0.key, fingerprint: $0.fingerprint,
                    scalars: LengthRatio.scalarCount($0.text.raw)
                )
            }
        }
        let translations = content.translationsByRef
        let perLanguage = Parallel.map(site.languages) { language -> [Diagnostic] in
            var untranslated: [String] = []
            var samples: [LengthRatio.Sample] = []
            for document in documents {
                let reference = document.ref.translation(language.value)
                guard let file = translations[reference] else {
                    if content.presentTranslations[reference] == nil { untranslated.append(document.ref.path) }
                    continue
                }
                var units = UnitCursor(file)
                for source in measures[document.ref] ?? [] {
                    guard let index = units.position(of: source.key) else { continue }
                    let unit = file.units[index]
                    // Only current units say what is usual: an outdated one may say something else.
                    guard file.stamps[unit.key.value]?.source == source.fingerprint,
                        let sample = LengthRatio.sample(sourceScalars: source.scalars, unit)
                    else { continue }
                    samples.append(sample)
                }
            }
            var findings = LengthRatio(language: language.value).findings(samples)
            if !untranslated.isEmpty {
                let list = untranslated.prefix(8).joined(separator: ", ") + (untranslated.count > 8 ? ", …" : "")
                findings.append(
                    Diagnostic(
                        .missingTranslation,
                        "\(language.value) has no translation of \(untranslated.count) \(untranslated.count == 1 ? "document" : "documents"): \(list)",
                        at: language.location))
            }
            return localizer.owned(findings, by: language.value)
        }
        return perLanguage.flatMap { $0 }
    }
}
