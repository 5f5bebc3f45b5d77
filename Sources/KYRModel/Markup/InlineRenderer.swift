/// Walks parsed inline markup once for any `InlineFormat`. The walk keeps its own stack
/// instead of recursing, so however deep a text nests, rendering cannot exhaust the thread's stack.
package struct InlineRenderer<Format: InlineFormat>: Sendable {
    /// The site's variables by name, as `{name}` refers to them.
    package var variables: [String: Variable]
    package var format: Format

    package init(variables: [String: Variable], format: Format) {
        self.variables = variables
        self.format = format
    }

    /// `text` in the format.
    package func render(_ text: InlineText) -> String {
        render(text.nodes)
    }

    /// A run of nodes in the format.
    package func render(_ nodes: [InlineNode]) -> String {
        var out = ""
        append(nodes, to: &out)
        return out
    }

    /// Appends a run of nodes in the format to `out`.
    package func append(_ nodes: [InlineNode], to out: inout String) {
        // Plain texts (most units) need no stack.
        if nodes.count == 1, case .text(let text) = nodes[0] {
            format.text(text, into: &out)
            return
        }
        var stack = [Frame(nodes: nodes, next: 0, span: nil, insideLink: false)]
        while let top = stack.last {
            guard top.next < top.nodes.count else {
                stack.removeLast()
                if let span = top.span { format.close(span, into: &out) }
                continue
            }
            let node = top.nodes[top.next]
            stack[stack.count - 1].next += 1
            let insideLink = top.insideLink
            switch node {
            case .text(let text):
                format.text(text, into: &out)
            case .strong(let children):
                format.open(.strong, into: &out)
                stack.append(Frame(nodes: children, next: 0, span: .strong, insideLink: insideLink))
            case .emphasis(let children):
                format.open(.emphasis, into: &out)
                stack.append(Frame(nodes: children, next: 0, span: .emphasis, insideLink: insideLink))
            case .link(let target, let children, _):
                // Links may not nest; the parser refuses nested links, but a variable inside a
                // label would otherwise become a second link.
                if !insideLink, let url = address(of: target) {
                    format.open(.link(url), into: &out)
                    stack.append(Frame(nodes: children, next: 0, span: .link(url), insideLink: true))
                } else {
                    stack.append(Frame(nodes: children, next: 0, span: nil, insideLink: insideLink))
                }
            case .variable(let name, _):
                if let variable = variables[name] {
                    format.variable(variable, insideLink: insideLink, into: &out)
                } else {
                    format.unknownVariable(name, into: &out)
                }
            }
        }
    }

    /// Where a link points: the URL as written, or the variable's `tel:`, `mailto:` or web address.
    package func address(of target: LinkTarget) -> String? {
        switch target {
        case .url(let url): url
        case .variable(let name): variables[name]?.linkURL
        }
    }
}

/// One level of the walk: the nodes left to visit and the span they close.
private struct Frame {
    var nodes: [InlineNode]
    var next: Int
    var span: InlineSpan?
    var insideLink: Bool
}
