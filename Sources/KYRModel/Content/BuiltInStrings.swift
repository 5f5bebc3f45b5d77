/// The interface strings kyr ships, by language: what outputs show wherever a project does
/// not define a string itself. None names an organization, a city or a number.
package struct BuiltInStrings: Sendable {
    private var texts: [LanguageTag: [String: InlineText]]

    package init(_ texts: [LanguageTag: [String: InlineText]] = [:]) {
        self.texts = texts
    }

    /// The languages kyr ships strings for.
    package var languages: [LanguageTag] { texts.keys.sorted() }

    /// Whether kyr ships every string in `language`.
    package func covers(_ language: LanguageTag) -> Bool {
        guard let strings = texts[language] else { return false }
        return InterfaceString.allCases.allSatisfy { strings[$0.rawValue] != nil }
    }

    /// The built-in text of `string` in `language`.
    package func text(_ string: InterfaceString, in language: LanguageTag) -> InlineText? {
        texts[language]?[string.rawValue]
    }
}
