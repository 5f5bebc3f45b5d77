import KYRModel

/// Inline markup as plain text, for the PDF's title and subject: markup dropped, variables
/// replaced by their values.
struct PlainTextFormat: InlineFormat {
    func text(_ text: String, into out: inout String) { out += text }
    func open(_ span: InlineSpan, into out: inout String) {}
    func close(_ span: InlineSpan, into out: inout String) {}
    func variable(_ variable: Variable, insideLink: Bool, into out: inout String) { out += variable.value }
    func unknownVariable(_ name: String, into out: inout String) { out += "{" + name + "}" }

    /// `text` as plain words on one line.
    static func plain(_ text: InlineText, variables: [String: Variable]) -> String {
        Typesetter.collapse(InlineRenderer(variables: variables, format: PlainTextFormat()).render(text))
    }
}
