import KYRModel

extension InlineHTML {
    /// The text without markup, with variables replaced by their values: for `<title>`,
    /// attribute values and anywhere else elements are not allowed. Not escaped.
    public func plain(_ text: InlineText) -> String {
        plain(text.nodes)
    }

    /// The plain text of a run of nodes.
    public func plain(_ nodes: [InlineNode]) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(let text): out += text
            case .strong(let children), .emphasis(let children), .link(_, let children, _): out += plain(children)
            case .variable(let name, _): out += variables[name]?.value ?? "{" + name + "}"
            }
        }
        return out
    }
}
