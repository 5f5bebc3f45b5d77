import Foundation
import KYRExchange
import KYRModel

/// The translation and history files an import's changes give, built in memory from the files
/// as they are (`TranslationFileEditor` keeps every byte it does not change).
struct ImportFiles {
    let content: ContentSet
    let layout: ProjectLayout
    let language: LanguageTag

    struct Built {
        /// New texts by project-relative path; only files that change.
        var files: [String: String] = [:]
        /// Changes (by index) that cannot be written, and why.
        var refused: [Int: String] = [:]
    }

    func build(_ changes: [ImportPlanner.Change]) -> Built {
        var built = Built()
        let byDocument = Dictionary(grouping: changes.indices, by: { changes[$0].document })
        for document in byDocument.keys.sorted() {
            let indices = byDocument[document]!
            guard let source = content.sourceDocuments.first(where: { $0.ref == document }) else { continue }
            let translation = content.translations.first { $0.ref == document.translation(language) }
            let relative = layout.translationFile(document.translation(language))
            let original: String?
            do {
                original =
                    translation == nil
                    ? nil
                    : try String(
                        contentsOf: URL(fileURLWithPath: ContentFileWriter.resolvedTarget(layout.path(relative))),
                        encoding: .utf8)
            } catch {
                for index in indices { built.refused[index] = "cannot read \(layout.display(relative)): \(error)" }
                continue
            }
            // Each unit's stamp: the English's fingerprint, then its translation's (see TranslationStamper).
            var fingerprints: [String: String] = [:]
            for (key, stamp) in translation?.stamps ?? [:] { fingerprints[key] = stamp.written }
            var edits: [String: TranslationFileEditor.Edit] = [:]
            var history = content.histories[document] ?? [:]
            for index in indices {
                let change = changes[index]
                edits[change.key] = change.edit
                switch change.fingerprint {
                case .keep: break
                case .set(let value):
                    let text = change.edit.text ?? translation?.units.first { $0.key.value == change.key }?.text.raw
                    fingerprints[change.key] = value + (text.map { " " + Fingerprint.of($0) } ?? "")
                case .remove: fingerprints[change.key] = nil
                }
                if let (fingerprint, text) = change.history { history[fingerprint] = text }
            }
            let order = source.translatableUnits.map(\.key)
            let known = Set(order)
            // Fingerprints in reading order, then any of keys the English no longer has, as they were.
            let others = (translation?.stamps ?? [:]).filter { !known.contains($0.key) }
                .sorted { ($0.value.line, $0.key) < ($1.value.line, $1.key) }.map(\.key)
            let list = (order + others).compactMap { key in fingerprints[key].map { (key: key, value: $0) } }
            let fileState = translation?.state ?? edits.values.compactMap(\.state).min() ?? .draft
            do {
                let text = try TranslationFileEditor(original: original, file: layout.display(relative)).apply(
                    edits, order: order, fingerprints: list, fileState: fileState)
                if text != original { built.files[relative] = text }
            } catch {
                for index in indices { built.refused[index] = error.message }
                continue
            }
            // History keeps the source texts some translation of the document points at.
            if history != (content.histories[document] ?? [:]) {
                let kept = Set(fingerprints.values.map { String($0.prefix(16)) }).union(
                    content.translations.filter { $0.document == document && $0.language != language }
                        .flatMap { $0.stamps.values.map { Fingerprint.hex($0.source) } })
                built.files[layout.history(document)] = HistoryFile.text(
                    document, texts: history.filter { kept.contains($0.key) })
            }
        }
        return built
    }
}
