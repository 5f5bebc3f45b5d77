/// One piece of source-language text under its stable key (`door.dont-open`), the same in every language.
public struct TranslatableUnit: Sendable, Hashable {
    public var key: String
    public var text: InlineText
    /// Whether translations may link to other addresses than the source does.
    public var localizableLinks: Bool

    public init(key: String, text: InlineText, localizableLinks: Bool = false) {
        self.key = key
        self.text = text
        self.localizableLinks = localizableLinks
    }
}

/// Which kind of content a file holds; translation files are matched to sources by kind and ID.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case guide
    case agency
    case strings

    /// `guides/<id>`, `agencies/<id>` or `strings`: how history files and messages name a document.
    public func documentPath(_ id: String) -> String {
        self == .strings ? "strings" : folder + "/" + id
    }

    /// The folder under `Content/` that holds this kind.
    public var folder: String {
        switch self {
        case .guide: "guides"
        case .agency: "agencies"
        case .strings: "strings"
        }
    }
}

/// A source-language document whose text is translated unit by unit.
public protocol SourceDocument: Sendable {
    var kind: DocumentKind { get }
    /// The guide or agency ID; empty for the strings file.
    var id: String { get }
    /// The display path of the file.
    var file: String { get }
    /// Every translatable unit, in reading order.
    var translatableUnits: [TranslatableUnit] { get }
}

extension Array where Element == ContentSection {
    /// `<section>.title` and `<section>.<unit>` keys, in reading order.
    var translatableUnits: [TranslatableUnit] {
        flatMap { section in
            [TranslatableUnit(key: section.id.value + ".title", text: section.title)]
                + section.units.map { TranslatableUnit(key: section.id.value + "." + $0.id.value, text: $0.text, localizableLinks: $0.localizableLinks) }
        }
    }
}
