/// The interface strings a text message uses, as plain text in one language: worked out once
/// per language, not once per guide (resolving a string compares fingerprints).
package struct MessageStrings: Sendable {
    package let language: LanguageTag
    package let hotline: String
    package let kindSay: String
    package let sayInEnglish: String
    private let notices: [Notice: String]
    private let shortNotices: [Notice: String]

    package init(_ published: PublishedLanguage, variables: [String: Variable]) {
        let plain = InlineRenderer(variables: variables, format: TextInlineFormat.plain(variables: variables))
        func string(_ string: InterfaceString) -> String {
            published.string(string).map { plain.render($0.text).collapsingWhitespace } ?? string.rawValue
        }
        language = published.language
        hotline = string(.hotline)
        kindSay = string(.kindSay)
        sayInEnglish = string(.sayInEnglish)
        notices = Dictionary(uniqueKeysWithValues: Notice.allCases.map { ($0, string($0.string)) })
        shortNotices = Dictionary(uniqueKeysWithValues: Notice.allCases.map { ($0, string($0.shortString)) })
    }

    /// The sentence that tells readers `notice`.
    package func text(of notice: Notice) -> String {
        notices[notice] ?? notice.string.rawValue
    }

    /// The same, as short as it can be said: for an SMS, where the notices would otherwise leave
    /// no room for what the reader must do.
    package func shortText(of notice: Notice) -> String {
        shortNotices[notice] ?? notice.shortString.rawValue
    }
}
