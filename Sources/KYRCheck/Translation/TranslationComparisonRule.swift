import KYRModel

/// Compares every translation with its source: what is missing, what is outdated (by
/// fingerprint), and, unit by unit, whether it still says what the source says. What only a
/// whole language shows (documents it lacks, unusual lengths) is `LanguageTotalsRule`'s.
/// In languages that are not published, findings are notes: work in progress, not failures.
package struct TranslationComparisonRule: ContentRule {
    package init() {}

    package var isParallel: Bool { true }

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        guard let site = content.site else { return [] }
        let localizer = Localizer(content: content)
        let documents = content.comparableSources
        // The source side of every comparison, once per unit rather than once per language.
        let analyses = ContentSet.perDocument(documents) { document in
            document.translatableUnits.map { SourceAnalysis($0, variables: site.variables) }
        }
        let translations = content.translationsByRef
        let perLanguage = Parallel.map(site.languages) { language -> [Diagnostic] in
            var findings: [Diagnostic] = []
            for document in documents {
                guard let file = translations[document.ref.translation(language.value)] else { continue }
                findings += compare(
                    document, file, analyses: analyses[document.ref] ?? [], site: site, content: content)
            }
            return localizer.owned(findings, by: language.value)
        }
        return perLanguage.flatMap { $0 }
    }

    /// The findings for one translation file.
    private func compare(
        _ document: any SourceDocument, _ file: TranslationFile, analyses: [SourceAnalysis], site: Site,
        content: ContentSet
    ) -> [Diagnostic] {
        var units = UnitCursor(file)
        var out: [Diagnostic] = []
        var missing: [String] = []
        var neverStamped: [Diagnostic] = []
        let history = content.histories[document.ref] ?? [:]
        for analysis in analyses {
            let source = analysis.unit
            guard let index = units.position(of: source.key) else {
                missing.append(source.key)
                continue
            }
            let unit = file.units[index]
            let comparison = UnitComparison(
                analysis: analysis, translation: unit, variables: site.variables,
                sourceLanguage: site.sourceLanguage, language: file.language)
            let findings = DiagnosticLimit.unit(
                Allowances.apply(to: comparison.findings(), of: unit), key: unit.key.value, at: unit.key.location)
            if !findings.isEmpty {
                let subject = file.unitRef(unit.key.value)
                out += findings.map { finding in
                    var finding = finding
                    finding.subject = subject
                    return finding
                }
            }
            let stamped = file.stamps[unit.key.value]?.source
            if stamped == nil {
                neverStamped.append(outdated(source, unit, previous: nil, history: history, in: file))
            } else if stamped != analysis.fingerprint {
                out.append(outdated(source, unit, previous: stamped.map(Fingerprint.hex), history: history, in: file))
            }
        }
        // A file never stamped at all (a new translation) is one finding, not one per unit.
        if neverStamped.count > 1, neverStamped.count == file.units.count {
            let command = "kyr translate stamp --lang \(file.language) \(document.ref.path)"
            out.append(
                Diagnostic(
                    .outdatedUnit,
                    "none of the \(neverStamped.count) units of this file was ever stamped, so kyr cannot tell whether they match the source; after checking them, run: \(command)",
                    at: file.unitsLocation ?? .file(file.file)))
        } else {
            out += neverStamped
        }
        // A unit that failed to load is reported as such, not as missing.
        if !missing.isEmpty, !content.filesWithErrors.contains(file.file) {
            let list = missing.prefix(6).joined(separator: ", ") + (missing.count > 6 ? ", …" : "")
            out.append(
                Diagnostic(
                    .missingUnit, "\(missing.count) of \(analyses.count) units are not translated: \(list)",
                    at: file.unitsLocation ?? .file(file.file)))
        }
        return out
    }

    private func outdated(
        _ source: TranslatableUnit, _ unit: TranslationFile.Unit, previous: String?, history: [String: String],
        in file: TranslationFile
    ) -> Diagnostic {
        let key = unit.key.value
        let command = "kyr translate stamp --lang \(file.language) \(file.document.path):\(key)"
        guard let previous else {
            return Diagnostic(
                .outdatedUnit,
                "'\(key)' was never stamped, so kyr cannot tell whether it matches the source; after checking it, run: \(command)",
                at: unit.key.location)
        }
        let now = Fingerprint.normalized(source.text.raw)
        guard let old = history[previous].map(Fingerprint.normalized) else {
            return Diagnostic(
                .outdatedUnit,
                "'\(key)' is outdated: the source changed after it was translated (the old source text is not in history/); after updating it, run: \(command)",
                at: unit.key.location, notes: ["now:  " + now])
        }
        return Diagnostic(
            .outdatedUnit,
            "'\(key)' is outdated: the source changed after it was translated; after updating it, run: \(command)",
            at: unit.key.location,
            notes: ["was:  " + old, "now:  " + now, "diff: " + WordDiff.plain(from: old, to: now)])
    }
}
