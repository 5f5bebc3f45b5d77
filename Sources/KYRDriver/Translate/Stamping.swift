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
    }

    /// Stamps the selected units (all when `selections` is empty) in each language.
    package static func stamp(
        _ layout: ProjectLayout, languages: [LanguageTag], selections: [StampSelection], today: ContentDate,
        report: (Outcome) -> Void
    ) throws -> [Outcome] {
        // One stamp at a time per project: each reads the files the other writes.
        let lock = try FolderLock(folder: layout.content)
        defer { lock.release() }
        ContentFileWriter.sweepTemporaries(under: layout.content)
        var checked = try CheckedProject.load(layout, today: today)
        if checked.hasErrors { throw Failure.contentErrors(checked) }
        var outcomes: [Outcome] = []
        for language in languages {
            let stamper = TranslationStamper(layout: layout, content: checked.content)
            let outcome = Outcome(
                language: language, result: try stamper.stamp(language: language, selections: selections))
            report(outcome)
            outcomes.append(outcome)
            // Reload so the next language prunes history against what was just written.
            checked = try CheckedProject.load(layout, today: today)
        }
        return outcomes
    }
}

/// Which units a stamp selects, as the command line names them.
package typealias StampSelection = KYRExchange.StampSelection
