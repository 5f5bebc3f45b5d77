/// The keys translation files use for units, spelled here and nowhere else: sources build
/// their units with them and outputs look texts up through `LocalizedDocument`'s accessors,
/// so the two cannot drift apart (a drift would quietly show English marked as a fallback).
package enum UnitKey {
    /// A guide's title.
    package static let title = "title"
    /// A guide's or agency note's summary.
    package static let summary = "summary"
    /// A guide's short message.
    package static let message = "message"
    /// An agency note's name.
    package static let name = "name"
    /// An agency note's short name.
    package static let shortName = "short-name"

    /// `<section>.title`.
    package static func title(of section: ContentSection) -> String {
        section.id.value + ".title"
    }

    /// `<section>.<unit>`.
    package static func unit(_ unit: ContentUnit, in section: ContentSection) -> String {
        section.id.value + "." + unit.id.value
    }

    /// `card.<unit>`: a wallet-card line of a guide.
    package static func card(_ unit: ContentUnit) -> String {
        "card." + unit.id.value
    }
}
