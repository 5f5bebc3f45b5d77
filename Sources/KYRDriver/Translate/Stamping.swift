import KYRExchange
import KYRModel

/// `kyr translate stamp`: records that translated units match the current source text, one
/// language after another, each on the content as the previous one left it.
package enum Stamping {
    /// What was stamped in one language.
    package struct Outcome: Sendable {
        package var language: LanguageTag
        package var result: TranslationStamper.Result
    }

    /// Why nothing was stamped.
    package enum Failure: Error, Sendable {
        /// The content has errors: stamping would record fingerprints against broken text.
        case contentErrors(CheckedProject)
        /// A language, document or unit asked for does not exist; nothing was stamped.
        case unknown(String)
    }

    /// Stamps the selected units (see `TranslationStamper`) in each language.
    package static func stamp(
        _ layout: ProjectLayout, languages: [LanguageTag], selections: [StampSelection], acceptUnchanged: Bool = false,
        today: ContentDate, report: (Outcome) -> Void
    ) throws -> [Outcome] {
        // One stamp at a time per project: each reads the files the other writes.
        let lock = try FolderLock(folder: layout.content)
        defer { lock.release() }
        ContentFileWriter.sweepTemporaries(under: layout.content)
        var checked = try CheckedProject.load(layout, today: today)
        if checked.hasErrors { throw Failure.contentErrors(checked) }
        if let problem = problem(with: languages, selections, in: checked.content) { throw Failure.unknown(problem) }
        var outcomes: [Outcome] = []
        for language in languages {
            let stamper = TranslationStamper(layout: layout, content: checked.content)
            let result = try stamper.stamp(language: language, selections: selections, acceptUnchanged: acceptUnchanged)
            let outcome = Outcome(language: language, result: result)
            report(outcome)
            outcomes.append(outcome)
            // Reload so the next language prunes history against what was just written.
            checked = try CheckedProject.load(layout, today: today)
        }
        return outcomes
    }

    /// The first language, document or unit named that the project does not have, as a
    /// sentence with a suggestion: a misspelt name must not quietly stamp nothing.
    static func problem(with languages: [LanguageTag], _ selections: [StampSelection], in content: ContentSet)
        -> String?
    {
        let listed = content.site?.languages.map(\.value) ?? []
        if let unknown = languages.first(where: { !listed.contains($0) }) {
            return "'\(unknown)' is not among the languages of site.yaml"
                + Suggestion.clause(for: unknown.identifier, in: listed.map(\.identifier))
                + "; add it under languages: in Content/site.yaml first"
        }
        let documents = content.sourceDocuments
        let paths = documents.map(\.ref.path)
        for selection in selections {
            guard let document = documents.first(where: { $0.ref.path == selection.documentPath }) else {
                return "'\(selection.documentPath)' is not a document of this project"
                    + Suggestion.clause(for: selection.documentPath, in: paths)
            }
            for language in languages where content.presentTranslations[document.ref.translation(language)] == nil {
                return "\(selection.documentPath) has no \(language) translation to stamp; start one with: "
                    + "kyr translate init --lang \(language) \(selection.documentPath)"
            }
            if let key = selection.key {
                let keys = document.translatableUnits.map(\.key)
                if !keys.contains(key) {
                    return "'\(key)' is not a unit of \(selection.documentPath)" + Suggestion.clause(for: key, in: keys)
                }
            }
        }
        return nil
    }
}

/// Which units a stamp selects, as the command line names them.
package typealias StampSelection = KYRExchange.StampSelection
