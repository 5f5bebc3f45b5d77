import KYRExchange
import KYRModel

/// Decides, unit by unit, what an import does with a translator's file, against the content as
/// it is now. The rules (docs/translations.md):
///
/// - a unit whose translation in the content changed since the export (its fingerprint differs
///   from the one the file records, or the file records none) is a conflict, left alone unless
///   `force`;
/// - a translation whose English in the file is not the current English is written as outdated:
///   stamped against the English it was made from, never as current;
/// - a translation the file marks unconfirmed (PO `fuzzy`, XLIFF `initial`) is written without a
///   stamp; over a current translation only with `force`;
/// - otherwise a new or changed translation is written and stamped, and an unchanged one the
///   file confirms against the current English is stamped.
struct ImportPlanner {
    /// What to do to one unit of the content.
    struct Change {
        var outcome: Int
        var document: DocumentRef
        var key: String
        var edit: TranslationFileEditor.Edit
        var fingerprint: Stamp
        /// The source text to keep in history under a new fingerprint.
        var history: (fingerprint: String, text: String)?
    }

    enum Stamp: Equatable {
        case keep
        case set(String)
        case remove
    }

    let content: ContentSet
    let language: LanguageTag
    let force: Bool

    /// One outcome per unit of the file (and per refused entry), and the changes to make.
    func plan(_ file: ImportedFile) -> (outcomes: [ImportOutcome], changes: [Change]) {
        var outcomes = file.refused.map {
            ImportOutcome(name: $0.name, line: $0.line, action: .refused, detail: $0.reason)
        }
        var changes: [Change] = []
        let localizer = Localizer(content: content)
        let sources = Dictionary(content.sourceDocuments.map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        for unit in file.units {
            let name = unit.document.path + ":" + unit.key
            var outcome = ImportOutcome(name: name, line: unit.line, action: .refused)
            defer { outcomes.append(outcome) }
            guard seen.insert(name).inserted else {
                outcome.detail = "the file has this unit twice"
                continue
            }
            guard let document = sources[unit.document] else {
                outcome.detail = "the project has no \(unit.document.path)"
                continue
            }
            guard let source = document.translatableUnits.first(where: { $0.key == unit.key }) else {
                outcome.detail =
                    "\(unit.document.path) has no unit '\(unit.key)' in the English any more (removed or renamed since the export?)"
                continue
            }
            guard let target = unit.target else {
                outcome.action = .leftAlone
                outcome.detail = "no translation in the file"
                continue
            }
            let translation = localizer.translation(of: document, into: language)
            let existing = translation?.units.first { $0.key.value == unit.key }
            let status = UnitStatus.of(source: source, translation: existing, in: translation)
            let sourceIsCurrent = MarkedText.sameText(unit.source, source.text.raw)
            let same = existing.map { MarkedText.sameText(target, $0.text.raw) } ?? false
            let currentState = existing.map { translation!.state(of: $0) }
            var change = Change(
                outcome: outcomes.count, document: unit.document, key: unit.key,
                edit: TranslationFileEditor.Edit(text: nil, state: nil), fingerprint: .keep, history: nil)

            if same {
                outcome.action = .unchanged
                guard unit.isFinished, sourceIsCurrent else { continue }
                let wanted = unit.state ?? currentState!
                if !status.isCurrent {
                    outcome.action = .confirmed
                    outcome.detail = "the same translation, confirmed against the current English"
                    change.fingerprint = .set(Fingerprint.of(source.text.raw))
                    change.history = (Fingerprint.of(source.text.raw), source.text.raw)
                }
                if wanted != currentState {
                    if outcome.action == .unchanged { outcome.action = .restated }
                    outcome.detail +=
                        (outcome.detail.isEmpty ? "" : "; ") + "state \(currentState!.rawValue) → \(wanted.rawValue)"
                    change.edit.state = wanted
                }
                if outcome.action != .unchanged { changes.append(change) }
                continue
            }
            // A changed or new translation: first, has the content moved on since the export?
            let now = existing.map { ExchangeUnit.fingerprint($0.text.raw) } ?? ExchangeUnit.noTarget
            if let exported = unit.exportedTarget, exported != now, ExchangeUnit.fingerprint(target) == exported {
                // The translator left it as exported; the content's newer translation stays.
                outcome.action = .leftAlone
                outcome.detail =
                    "the file has the translation as exported; the content's has changed since, and is kept"
                continue
            }
            if !force {
                if let exported = unit.exportedTarget, exported != now {
                    outcome.detail =
                        existing == nil
                        ? "conflict: the translation in the content was removed since the export (--force writes the file's)"
                        : "conflict: the translation in the content changed since the export; it now reads “\(Self.excerpt(existing!.text.raw))” (--force replaces it)"
                    continue
                }
                if unit.exportedTarget == nil, existing != nil {
                    outcome.detail =
                        "the file lacks kyr's record of the translation it exported (a tool dropped it), so kyr cannot tell whether the content changed since; export again, or --force"
                    continue
                }
            }
            change.edit.text = target
            let added = existing == nil
            if !sourceIsCurrent {
                // Translated from another English: recorded against that text, so it reads as outdated.
                let history = content.histories[unit.document] ?? [:]
                let old =
                    history.sorted { $0.key < $1.key }.first { MarkedText.sameText($0.value, unit.source) }
                    .map { ($0.key, $0.value) }
                    ?? (Fingerprint.of(unit.source), unit.source)
                change.fingerprint = .set(old.0)
                change.history = (old.0, old.1)
                change.edit.state = unit.isFinished ? (unit.state ?? .translated) : nil
                outcome.action = .outdated
                outcome.detail =
                    "the English in the file is not the current English: written as outdated, shown in English until translated again"
            } else if unit.isFinished {
                change.fingerprint = .set(Fingerprint.of(source.text.raw))
                change.history = (Fingerprint.of(source.text.raw), source.text.raw)
                change.edit.state = unit.state ?? .translated
                outcome.action = added ? .added : .updated
                outcome.detail = "stamped, \(change.edit.state!.rawValue)"
            } else {
                if status.isCurrent, !force {
                    outcome.detail =
                        "the file marks this translation unconfirmed (\(file.format == .po ? "fuzzy" : "initial")), and the one in the content is current: confirm it in your tool, or --force writes it unstamped"
                    continue
                }
                change.fingerprint = .remove
                outcome.action = .unconfirmed
                outcome.detail =
                    "marked \(file.format == .po ? "fuzzy" : "initial") in the file: written, not stamped (shown in English until confirmed)"
            }
            if force, let exported = unit.exportedTarget, exported != now {
                outcome.detail += "; replaced a translation that changed since the export (--force)"
            }
            changes.append(change)
        }
        return (outcomes, changes)
    }

    /// The start of a text, for messages.
    static func excerpt(_ text: String) -> String {
        let flat = Fingerprint.normalized(text)
        return flat.count > 60 ? String(flat.prefix(57)) + "…" : flat
    }
}
