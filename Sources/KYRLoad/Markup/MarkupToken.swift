/// One piece of inline markup as it is written in a text: where a span opens or closes, a
/// `{variable}`, or a backslash escape, by its UTF-8 byte range in the text. What lies between
/// tokens is literal text. The translators' exchange formats carry markup as these pieces, each
/// with its exact original characters, so a text comes back byte for byte.
package struct MarkupToken: Sendable, Hashable {
    /// The kinds of span markup opens and closes.
    package enum Span: Sendable, Hashable {
        case strong, emphasis, link
    }

    package enum Kind: Sendable, Hashable {
        /// `**`, `*`, `_` or `[`.
        case open(Span)
        /// `**`, `*`, `_`, or `](address)` for a link.
        case close(Span)
        /// `{name}`.
        case variable(String)
        /// `\\*` and the like: the character after the backslash is literal.
        case escape
    }

    package var kind: Kind
    /// Byte offsets (UTF-8) of the token in the text.
    package var range: Range<Int>

    package init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The markup of `raw`, in order, parsed by the same rules as every text kyr loads; nil when
    /// the markup is malformed (then `kyr check` reports it).
    package static func tokens(_ raw: String) -> [MarkupToken]? {
        InlineParser.tokens(raw)
    }
}
