/// A value defined once in site.yaml and used in any text as `{name}`.
package struct Variable: Sendable, Hashable {
    /// What a variable's value is, which decides how outputs render it (a phone becomes a `tel:` link).
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        case phone, url, email, text

        /// The kind in a sentence.
        package var noun: String {
            switch self {
            case .phone: "phone number"
            case .url: "web address"
            case .email: "e-mail address"
            case .text: "text"
            }
        }
    }

    package var name: String
    package var kind: Kind
    package var value: String
    /// An author's note on what the value is (not translated, not published).
    package var label: String?
    package var location: SourceLocation

    package init(name: String, kind: Kind, value: String, label: String?, location: SourceLocation) {
        self.name = name
        self.kind = kind
        self.value = value
        self.label = label
        self.location = location
    }

    /// What the value is, in a sentence: "phone number", "web address".
    package var noun: String { kind.noun }

    /// The URL a link to this variable points at: `tel:` for phones, `mailto:` for e-mail.
    package var linkURL: String? {
        switch kind {
        case .phone: "tel:" + value.filter { $0.isNumber || $0 == "+" }
        case .email: "mailto:" + value
        case .url: value
        case .text: nil
        }
    }
}
