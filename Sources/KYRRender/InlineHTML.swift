import KYRModel

/// Renders parsed inline markup (`InlineNode`) to HTML. Content never reaches a page any other
/// way, so text is always escaped and only the markup kyr knows becomes elements.
///
/// Values that must read left to right whatever the page's direction (phone numbers, web and
/// e-mail addresses) are wrapped in `<bdi dir="ltr">`, so `1-855-435-7693` keeps its order
/// inside Arabic text. Phone variables become `tel:` links, e-mail variables `mailto:` links.
public struct InlineHTML: Sendable {
    /// The site's variables by name, as `{name}` refers to them.
    public var variables: [String: Variable]

    public init(variables: [String: Variable]) {
        self.variables = variables
    }

    /// The HTML for `text`.
    public func render(_ text: InlineText) -> String {
        render(text.nodes)
    }

    /// The HTML for a run of nodes.
    public func render(_ nodes: [InlineNode]) -> String {
        var out = ""
        append(nodes, to: &out, insideLink: false)
        return out
    }

    private func append(_ nodes: [InlineNode], to out: inout String, insideLink: Bool) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += HTML.escape(text)
            case .strong(let children):
                out += "<strong>"
                append(children, to: &out, insideLink: insideLink)
                out += "</strong>"
            case .emphasis(let children):
                out += "<em>"
                append(children, to: &out, insideLink: insideLink)
                out += "</em>"
            case .link(let target, let children, _):
                // Links may not nest in HTML; the parser refuses nested links, but a variable
                // inside a label would otherwise become a second <a>.
                guard !insideLink, let href = url(of: target) else {
                    append(children, to: &out, insideLink: insideLink)
                    continue
                }
                out += "<a href=\"" + HTML.escape(href) + "\">"
                append(children, to: &out, insideLink: true)
                out += "</a>"
            case .variable(let name, _):
                appendVariable(name, to: &out, insideLink: insideLink)
            }
        }
    }

    private func appendVariable(_ name: String, to out: inout String, insideLink: Bool) {
        guard let variable = variables[name] else {
            // `kyr build` refuses content with unknown variables; show the reference as written.
            out += HTML.escape("{" + name + "}")
            return
        }
        let value = HTML.escape(variable.value)
        switch variable.kind {
        case .text:
            out += value
        case .phone, .url, .email:
            let isolated = "<bdi dir=\"ltr\">" + value + "</bdi>"
            if insideLink || variable.linkURL == nil {
                out += isolated
            } else {
                out += "<a href=\"" + HTML.escape(variable.linkURL!) + "\" class=\"" + variable.kind.rawValue + "\">" + isolated + "</a>"
            }
        }
    }

    /// Where a link points: the URL as written, or the variable's `tel:`, `mailto:` or web address.
    func url(of target: LinkTarget) -> String? {
        switch target {
        case .url(let url): url
        case .variable(let name): variables[name]?.linkURL
        }
    }
}
