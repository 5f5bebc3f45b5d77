import KYRExchange
import KYRLoad
import KYRModel

/// What the checks say about an import's changes, once the project was loaded and checked with
/// the changed files in place: which units to refuse (an error in them, or a text that does not
/// read back as written), and the warnings about each imported unit.
struct ImportVerdicts {
    let checked: CheckedProject
    let layout: ProjectLayout
    let language: LanguageTag
    let changes: [ImportPlanner.Change]
    /// The files built, by project-relative path.
    let files: [String: String]

    /// Changes to refuse, by index, with the reason.
    func refusals() -> [Int: String] {
        var refused: [Int: String] = [:]
        func refuse(_ indices: [Int], _ reason: String) {
            for index in indices where refused[index] == nil { refused[index] = reason }
        }
        for diagnostic in checked.diagnostics where diagnostic.severity == .error {
            let reason = "[\(diagnostic.code.rawValue)] \(diagnostic.message)"
            if let subject = diagnostic.subject, subject.translation.language == language,
                let index = changes.firstIndex(where: {
                    $0.document == subject.translation.document && $0.key == subject.key
                })
            {
                refuse([index], reason)
                continue
            }
            guard let (document, isHistory) = document(of: diagnostic.location.file) else {
                // Not in a file the import changes: refuse it all rather than break the project.
                refuse(Array(changes.indices), "the import would give the project an error: " + reason)
                continue
            }
            let ofDocument = changes.indices.filter { changes[$0].document == document }
            if isHistory {
                refuse(ofDocument.filter { changes[$0].history != nil }, reason)
            } else if let key = key(at: diagnostic.location.line, in: document),
                let index = ofDocument.first(where: { changes[$0].key == key })
            {
                refuse([index], reason)
            } else {
                refuse(ofDocument, reason)
            }
        }
        if !refused.isEmpty { return refused }
        // What was written must read back as meant; anything else is a bug, and not written.
        for (index, change) in changes.enumerated() where !readsBack(change) {
            refused[index] =
                "kyr could not write this translation so that it reads back as written (a bug in kyr); nothing was written for it"
        }
        return refused
    }

    /// The checks' warnings about one imported unit (what the action already says left out).
    func findings(for change: ImportPlanner.Change) -> [Diagnostic] {
        let display = layout.display(layout.translationFile(change.document.translation(language)))
        let ignored: Set<DiagnosticCode> = [.outdatedUnit, .missingUnit, .missingTranslation]
        return checked.diagnostics.filter { diagnostic in
            guard diagnostic.severity != .error, !ignored.contains(diagnostic.code) else { return false }
            if let subject = diagnostic.subject {
                return subject.translation == change.document.translation(language) && subject.key == change.key
            }
            return diagnostic.location.file == display
                && key(at: diagnostic.location.line, in: change.document) == change.key
        }
    }

    /// The document whose changed translation (false) or history (true) file is at `display`.
    private func document(of display: String) -> (DocumentRef, Bool)? {
        for change in changes {
            if layout.display(layout.translationFile(change.document.translation(language))) == display {
                return (change.document, false)
            }
            if layout.display(layout.history(change.document)) == display { return (change.document, true) }
        }
        return nil
    }

    /// The unit whose lines in the built translation file hold `line`.
    private func key(at line: Int, in document: DocumentRef) -> String? {
        let relative = layout.translationFile(document.translation(language))
        guard let text = files[relative] ?? checked.sources.text(of: layout.display(relative)) else { return nil }
        let parsed = YAMLParser(file: relative).parse(Array(text.utf8))
        guard case .mapping(let pairs)? = parsed.root?.value,
            case .mapping(let units)? = pairs.first(where: { $0.key.scalar == "units" })?.value.value
        else { return nil }
        for (index, unit) in units.enumerated() {
            let next = index + 1 < units.count ? units[index + 1].key.start.line : unit.value.end.line + 1
            if (unit.key.start.line..<max(next, unit.key.start.line + 1)).contains(line) { return unit.key.scalar }
        }
        return nil
    }

    /// Whether the loaded content has the unit as the change meant it: its text, and its stamp.
    private func readsBack(_ change: ImportPlanner.Change) -> Bool {
        guard
            let file = checked.content.translations.first(where: {
                $0.ref == change.document.translation(language)
            }), let unit = file.units.first(where: { $0.key.value == change.key })
        else { return false }
        if let text = change.edit.text, unit.text.raw != text { return false }
        if let state = change.edit.state, file.state(of: unit) != state { return false }
        switch change.fingerprint {
        case .keep: return true
        case .set(let value): return file.fingerprint(of: change.key)?.value == value
        case .remove: return file.stamps[change.key] == nil
        }
    }
}
