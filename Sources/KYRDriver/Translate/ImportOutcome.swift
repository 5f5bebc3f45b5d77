import KYRModel

/// What an import did, or would do, with one unit of the translator's file, and why.
package struct ImportOutcome: Sendable, Equatable {
    package enum Action: String, Sendable, CaseIterable {
        /// A translation where there was none, stamped against the current English.
        case added
        /// A changed translation, stamped against the current English.
        case updated
        /// The same translation, now confirmed (stamped) against the current English.
        case confirmed
        /// The same translation in another state (draft, translated, reviewed).
        case restated
        /// Written, but stamped against the older English the file shows: outdated, never current.
        case outdated
        /// Written, not stamped: the file marks it unconfirmed (fuzzy, initial).
        case unconfirmed
        case unchanged
        /// Nothing to import (no translation in the file), nothing refused.
        case leftAlone = "left alone"
        /// Not imported, and the translator should know: a conflict, an error, an unknown unit.
        case refused
    }

    /// `guides/at-home:door.dont-open`.
    package var name: String
    /// Where the unit is in the translator's file.
    package var line: Int
    package var action: Action
    /// Why, in a sentence (empty for unchanged units).
    package var detail: String
    /// What kyr check says about the unit as imported (warnings; errors refuse it).
    package var findings: [Diagnostic] = []

    package init(name: String, line: Int, action: Action, detail: String = "") {
        self.name = name
        self.line = line
        self.action = action
        self.detail = detail
    }
}

/// Everything an import did: per unit, and the files it wrote.
package struct ImportReport: Sendable {
    package var file: String
    package var format: ExchangeFormat
    package var language: LanguageTag
    package var dryRun: Bool
    package var outcomes: [ImportOutcome]
    /// Display paths of the files written (or that would be, in a dry run).
    package var written: [String]

    /// How many units took each action.
    package func count(_ action: ImportOutcome.Action) -> Int {
        outcomes.count { $0.action == action }
    }

    /// Whether anything was refused: the command then exits 1.
    package var hasRefusals: Bool { outcomes.contains { $0.action == .refused } }
}
