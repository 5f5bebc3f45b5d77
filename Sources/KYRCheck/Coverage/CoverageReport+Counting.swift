import KYRModel

/// Counting coverage from the loaded content and the diagnostics of a check.
extension CoverageReport {
    /// Computes coverage for `languages` (all target languages when empty), counting the
    /// diagnostics of each translation file.
    package init(content: ContentSet, diagnostics: [Diagnostic], languages wanted: [LanguageTag] = []) {
        let localizer = Localizer(content: content, diagnostics: diagnostics)
        let targets = (content.site?.languages.map(\.value) ?? []).filter { wanted.isEmpty || wanted.contains($0) }
        var byFile: [String: (errors: Int, warnings: Int)] = [:]
        for d in diagnostics where d.severity != .note {
            byFile[d.location.file, default: (0, 0)].errors += d.severity == .error ? 1 : 0
            byFile[d.location.file, default: (0, 0)].warnings += d.severity == .warning ? 1 : 0
        }
        // The source side once, not once per language, holding only what rows and work items need.
        let documents = Parallel.map(content.sourceDocuments) { SourceSide($0) }
        let counts = byFile
        let languages = Parallel.map(targets) { language in
            var total = CoverageRow(language: language, document: "total")
            var rows: [CoverageRow] = []
            var work: [WorkItem] = []
            let policy = localizer.policy(for: language)
            for side in documents {
                let path = side.path
                var row = CoverageRow(language: language, document: path)
                let file = localizer.translation(of: side.document, into: language)
                // A translation that exists but failed to load counts as its errors, not as missing work.
                if file == nil, let broken = content.presentTranslations[side.document.ref.translation(language)] {
                    row.units = side.units.count
                    row.words = side.units.reduce(0) { $0 + $1.words }
                    row.errors = max(1, counts[broken]?.errors ?? 0)
                    row.warnings = counts[broken]?.warnings ?? 0
                    rows.append(row)
                    total.add(row)
                    continue
                }
                // Positions, not copies of the units: this runs for every document in every language.
                var translated = UnitCursor(file)
                let history = content.histories[side.document.ref] ?? [:]
                for unit in side.units {
                    row.units += 1
                    row.words += unit.words
                    guard let file, let index = translated.position(of: unit.key) else {
                        row.missing += 1
                        work.append(
                            WorkItem(
                                document: path, key: unit.key, reason: .missing, source: unit.raw,
                                previousSource: nil, location: unit.location, role: unit.role))
                        continue
                    }
                    let stamped = file.stamps[unit.key]?.source
                    guard stamped == unit.fingerprint else {
                        row.outdated += 1
                        work.append(
                            WorkItem(
                                document: path, key: unit.key, reason: .outdated, source: unit.raw,
                                previousSource: stamped.flatMap { history[Fingerprint.hex($0)] },
                                location: unit.location,
                                role: unit.role, translation: file.units[index].text.raw,
                                translationLocation: file.units[index].key.location))
                        continue
                    }
                    let state = file.state(of: file.units[index])
                    switch state {
                    case .draft: row.draft += 1
                    case .translated: row.translated += 1
                    case .reviewed: row.reviewed += 1
                    }
                    if localizer.isPublishable(state, key: unit.key, in: file, policy: policy) { row.publishable += 1 }
                }
                if let file {
                    row.orphan = file.units.indices.count { !side.keys.contains(file.units[$0].key.value) }
                    row.errors = counts[file.file]?.errors ?? 0
                    row.warnings = counts[file.file]?.warnings ?? 0
                }
                if policy.mode == .never { row.publishable = 0 }
                rows.append(row)
                total.add(row)
            }
            let strings = PublishedLanguage(language: language, localizer: localizer)
            let inSource = InterfaceString.allCases.count { strings.string($0)?.isFallback ?? true }
            return Language(
                language: language, policy: policy, documents: rows, total: total, work: work,
                interfaceStringsInSource: inSource,
                hasBuiltInStrings: content.builtInStrings.covers(language))
        }
        self.init(sourceLanguage: localizer.sourceLanguage, languages: languages)
    }

    /// A source document as coverage needs it, computed once for all languages.
    private struct SourceSide: Sendable {
        struct Unit: Sendable {
            var key: String
            var raw: String
            var location: SourceLocation
            var fingerprint: UInt64
            var words: Int
            var role: String
        }

        let document: any SourceDocument
        let path: String
        let units: [Unit]
        let keys: Set<String>

        init(_ document: any SourceDocument) {
            self.document = document
            path = document.kind.documentPath(document.id)
            units = document.translatableUnits.map {
                Unit(
                    key: $0.key, raw: $0.text.raw, location: $0.text.location,
                    fingerprint: $0.fingerprint,
                    words: CoverageReport.words($0.text.raw), role: $0.role)
            }
            keys = Set(units.map(\.key))
        }
    }

    /// Words as a translator counts them: runs of letters or digits, markup and placeholders aside.
    static func words(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var inPlaceholder = false
        for scalar in text.unicodeScalars {
            if scalar == "{" { inPlaceholder = true }
            let isWordCharacter =
                !inPlaceholder
                && (scalar.isASCII
                    ? scalar.isASCIILetterOrDigit
                    : scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            if isWordCharacter && !inWord { count += 1 }
            inWord = isWordCharacter || (inWord && (scalar == "'" || scalar == "’" || scalar == "-"))
            if scalar == "}" {
                inPlaceholder = false
                inWord = false
            }
        }
        return count
    }
}
