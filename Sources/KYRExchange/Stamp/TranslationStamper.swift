import Foundation
import KYRModel

/// Records, for translated units, the fingerprint of the source text they now match
/// (`translated-from:` in the translation file) and keeps that source text in `history/`,
/// so a later change of the source shows as "outdated" with a word diff.
package struct TranslationStamper: Sendable {
    package let layout: ProjectLayout
    package let content: ContentSet

    /// What a stamp run changed.
    package struct Result: Sendable, Equatable {
        package var stampedUnits = 0
        package var filesWritten: [String] = []
    }

    package init(layout: ProjectLayout, content: ContentSet) {
        self.layout = layout
        self.content = content
    }

    /// Stamps the selected units of every translation into `language` (all units when `selections` is empty).
    package func stamp(language: LanguageTag, selections: [StampSelection]) throws -> Result {
        var result = Result()
        var histories = content.histories
        var newFingerprints: [DocumentRef: Set<String>] = [:]
        for file in content.translations where file.language == language {
            guard let source = content.source(of: file) else { continue }
            let path = file.document.path
            let sourceUnits = Dictionary(source.translatableUnits.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            var fingerprints: [(key: String, value: String)] = []
            var stamped = 0
            for unit in file.units {
                let key = unit.key.value
                guard let sourceUnit = sourceUnits[key] else { continue }
                if selections.isEmpty || selections.contains(where: { $0.selects(documentPath: path, key: key) }) {
                    let fingerprint = Fingerprint.of(sourceUnit.text.raw)
                    fingerprints.append((key, fingerprint))
                    histories[file.document, default: [:]][fingerprint] = sourceUnit.text.raw
                    if file.fingerprints[key]?.value != fingerprint { stamped += 1 }
                } else if let existing = file.fingerprints[key] {
                    fingerprints.append((key, existing.value))
                }
            }
            guard stamped > 0 else { continue }
            try rewrite(file, fingerprints: fingerprints)
            result.stampedUnits += stamped
            result.filesWritten.append(file.file)
            newFingerprints[file.document] = Set(fingerprints.map(\.value))
        }
        for (document, fresh) in newFingerprints.sorted(by: { $0.key < $1.key }) {
            // Keep only texts some translation still points at, so history does not grow forever.
            let others = content.translations
                .filter { $0.document == document && $0.language != language }
                .flatMap { $0.fingerprints.values.map(\.value) }
            let keep = fresh.union(others)
            let texts = (histories[document] ?? [:]).filter { keep.contains($0.key) }
            result.filesWritten.append(try writeHistory(document, texts: texts))
        }
        return result
    }
}
