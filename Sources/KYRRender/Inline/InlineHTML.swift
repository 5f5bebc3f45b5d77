import KYRModel

/// Renders a site's inline markup as HTML, or as plain text where elements are not allowed.
package struct InlineHTML: Sendable {
    private let html: InlineRenderer<HTMLInlineFormat>
    private let plainText: InlineRenderer<PlainInlineFormat>

    /// The site's variables by name, as `{name}` refers to them.
    package var variables: [String: Variable] { html.variables }

    package init(variables: [String: Variable]) {
        html = InlineRenderer(variables: variables, format: HTMLInlineFormat())
        plainText = InlineRenderer(variables: variables, format: PlainInlineFormat())
    }

    /// The HTML for `text`.
    package func render(_ text: InlineText) -> String {
        html.render(text.nodes)
    }

    /// The HTML for a run of nodes.
    package func render(_ nodes: [InlineNode]) -> String {
        html.render(nodes)
    }

    /// The text without markup, with variables replaced by their values. Not escaped.
    package func plain(_ text: InlineText) -> String {
        plainText.render(text.nodes)
    }

    /// The plain text of a run of nodes.
    package func plain(_ nodes: [InlineNode]) -> String {
        plainText.render(nodes)
    }
}
