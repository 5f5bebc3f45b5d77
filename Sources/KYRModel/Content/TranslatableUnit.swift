/// One piece of source-language text under its stable key (`door.dont-open`), the same in every language.
package struct TranslatableUnit: Sendable, Hashable {
    package var key: String
    package var text: InlineText { didSet { fingerprint = Fingerprint.value(of: text.raw) } }
    /// `Fingerprint.value` of the text, taken once: the status of a unit in every language, the
    /// coverage and the checks all compare against it.
    package private(set) var fingerprint: UInt64
    /// Whether translations may link to other addresses than the source does.
    package var localizableLinks: Bool
    /// The kind of a section's unit or card line; nil for titles, summaries, names, strings.
    package var kind: UnitKind?

    package init(key: String, text: InlineText, localizableLinks: Bool = false, kind: UnitKind? = nil) {
        self.key = key
        self.text = text
        fingerprint = Fingerprint.value(of: text.raw)
        self.localizableLinks = localizableLinks
        self.kind = kind
    }

    /// What the unit is, in a translator's words: its kind (`say`, `step`, ...) or its role.
    package var role: String {
        if let kind, key.hasPrefix("card.") { return kind == .say ? "card: say" : "card line" }
        if let kind { return kind.rawValue }
        switch key {
        case UnitKey.title, UnitKey.name: return "title"
        case UnitKey.shortName: return "short name"
        case UnitKey.summary: return "summary"
        case UnitKey.message: return "text message"
        default: return key.hasSuffix(".title") ? "heading" : "string"
        }
    }
}

/// Which kind of content a file holds; translation files are matched to sources by kind and ID.
package enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case guide
    case agency
    case strings

    /// `guides/<id>`, `agencies/<id>` or `strings`: how history files and messages name a document.
    package func documentPath(_ id: String) -> String {
        self == .strings ? "strings" : folder + "/" + id
    }

    /// The folder under `Content/` that holds this kind.
    package var folder: String {
        switch self {
        case .guide: "guides"
        case .agency: "agencies"
        case .strings: "strings"
        }
    }
}

/// A source-language document whose text is translated unit by unit.
package protocol SourceDocument: Sendable {
    var kind: DocumentKind { get }
    /// The guide or agency ID; empty for the strings file.
    var id: String { get }
    /// The display path of the file.
    var file: String { get }
    /// Every translatable unit, in reading order.
    var translatableUnits: [TranslatableUnit] { get }
}

extension SourceDocument {
    /// The document, whatever its language.
    package var ref: DocumentRef { DocumentRef(kind, id) }
}

extension Array where Element == ContentSection {
    /// `<section>.title` and `<section>.<unit>` keys, in reading order.
    var translatableUnits: [TranslatableUnit] {
        flatMap { section in
            [TranslatableUnit(key: UnitKey.title(of: section), text: section.title)]
                + section.units.map {
                    TranslatableUnit(
                        key: UnitKey.unit($0, in: section), text: $0.text, localizableLinks: $0.localizableLinks,
                        kind: $0.kind)
                }
        }
    }
}
