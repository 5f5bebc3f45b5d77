import Foundation
import KYRModel

/// Records, for translated units, the fingerprint of the source text they now match and of
/// their own text (`translated-from:` in the translation file), and keeps that source text in
/// `history/`, so a later change of the source shows as "outdated" with a word diff.
///
/// A stamp says "this translation says what the English says now". So without naming units,
/// kyr stamps only what a translator can have checked: units never stamped, and units whose
/// translation changed since their last stamp. An outdated unit whose translation did not
/// change (the English changed under it) is left outdated, and listed, unless it is named or
/// `acceptUnchanged` is set: one command must not bless a whole language's stale text.
package struct TranslationStamper: Sendable {
    package let layout: ProjectLayout
    package let content: ContentSet

    /// What a stamp run did in one file.
    package struct FileResult: Sendable, Equatable {
        package var file: String
        package var document: DocumentRef
        /// Keys stamped.
        package var stamped: [String] = []
        /// Outdated keys stamped although their translation did not change (named, or accepted).
        package var acceptedUnchanged: [String] = []
        /// Outdated keys left outdated: their translation did not change since the source did.
        package var leftOutdated: [String] = []
    }

    /// What a stamp run changed.
    package struct Result: Sendable, Equatable {
        package var files: [FileResult] = []
        package var filesWritten: [String] = []

        package var stampedUnits: Int { files.reduce(0) { $0 + $1.stamped.count } }
    }

    package init(layout: ProjectLayout, content: ContentSet) {
        self.layout = layout
        self.content = content
    }

    /// Stamps the selected units of every translation into `language` (see the type's rules;
    /// all units when `selections` is empty).
    package func stamp(language: LanguageTag, selections: [StampSelection], acceptUnchanged: Bool = false) throws
        -> Result
    {
        var result = Result()
        var histories = content.histories
        var newFingerprints: [DocumentRef: Set<String>] = [:]
        for file in content.translations where file.language == language {
            guard let source = content.source(of: file) else { continue }
            let path = file.document.path
            let chosen = selections.filter { $0.documentPath == path }
            guard selections.isEmpty || !chosen.isEmpty else { continue }
            let sourceUnits = Dictionary(source.translatableUnits.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            var outcome = FileResult(file: file.file, document: file.document)
            var block: [(key: String, value: String)] = []
            for unit in file.units {
                let key = unit.key.value
                guard let sourceUnit = sourceUnits[key] else { continue }
                let stampedSource = file.fingerprint(of: key)?.value
                let stampedText = file.stampedTranslation(of: key)
                let sourceNow = Fingerprint.of(sourceUnit.text.raw)
                let textNow = Fingerprint.of(unit.text.raw)
                let named = chosen.contains { $0.key == key }
                let selected = selections.isEmpty || chosen.contains { $0.key == nil } || named
                var stamp = false
                if selected {
                    if stampedSource == nil {
                        stamp = true  // never stamped: the translator says it is checked
                    } else if stampedSource == sourceNow {
                        // Current: record a translation changed since its stamp (one stamped before
                        // translations were recorded is left as it is, unless named).
                        stamp = stampedText != textNow && (stampedText != nil || named)
                    } else if stampedText != nil && stampedText != textNow {
                        stamp = true  // the translation was updated after the source changed
                    } else if named || acceptUnchanged {
                        stamp = true
                        outcome.acceptedUnchanged.append(key)
                    } else {
                        outcome.leftOutdated.append(key)
                    }
                }
                if stamp {
                    block.append((key, sourceNow + " " + textNow))
                    histories[file.document, default: [:]][sourceNow] = sourceUnit.text.raw
                    outcome.stamped.append(key)
                } else if let stamp = file.stamps[key] {
                    block.append((key, stamp.written))
                }
            }
            if !outcome.stamped.isEmpty || !outcome.leftOutdated.isEmpty { result.files.append(outcome) }
            guard !outcome.stamped.isEmpty else { continue }
            try rewrite(file, fingerprints: block)
            result.filesWritten.append(file.file)
            newFingerprints[file.document] = Set(block.map { String($0.value.prefix(16)) })
        }
        for (document, fresh) in newFingerprints.sorted(by: { $0.key < $1.key }) {
            // Keep only texts some translation still points at, so history does not grow forever.
            let others = content.translations
                .filter { $0.document == document && $0.language != language }
                .flatMap { $0.stamps.values.map { Fingerprint.hex($0.source) } }
            let keep = fresh.union(others)
            let texts = (histories[document] ?? [:]).filter { keep.contains($0.key) }
            result.filesWritten.append(try writeHistory(document, texts: texts))
        }
        return result
    }
}
