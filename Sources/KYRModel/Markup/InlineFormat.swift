/// What one output format writes for each kind of inline markup: the leaves of the walk only.
/// The walk itself (`InlineRenderer`), variable look-up and "no link inside a link" live once,
/// so HTML, plain text, messaging, Pango markup and XLIFF inline codes cannot differ in them.
package protocol InlineFormat: Sendable {
    /// Literal text from content.
    func text(_ text: String, into out: inout String)
    /// The start of a span (strong, emphasis, or a link to a resolved address).
    func open(_ span: InlineSpan, into out: inout String)
    /// Its end; called for every `open`, innermost first.
    func close(_ span: InlineSpan, into out: inout String)
    /// A site variable's value; `insideLink` when a link already surrounds it.
    func variable(_ variable: Variable, insideLink: Bool, into out: inout String)
    /// A `{name}` no variable answers to (`kyr build` refuses such content; previews may not).
    func unknownVariable(_ name: String, into out: inout String)
}

/// A span of inline markup as formats see it: links arrive with their address resolved.
package enum InlineSpan: Sendable, Hashable {
    case strong
    case emphasis
    case link(String)
}
