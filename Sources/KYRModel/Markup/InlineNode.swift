/// One node of parsed inline markup. Text from content is only ever rendered from this tree,
/// never passed through as markup of an output format.
package indirect enum InlineNode: Sendable, Hashable {
    /// Literal characters (escapes already resolved).
    case text(String)
    /// `**strong**`
    case strong([InlineNode])
    /// `*emphasis*` or `_emphasis_`
    case emphasis([InlineNode])
    /// `[label](target)`
    case link(LinkTarget, [InlineNode], at: SourceLocation)
    /// `{name}`: the value of a site variable.
    case variable(String, at: SourceLocation)
}

/// Where a link points: a URL with an allowed scheme, or a site variable.
package enum LinkTarget: Sendable, Hashable {
    case url(String)
    case variable(String)
}

extension InlineNode {
    /// The variable names this node and its children use, in order, with their locations.
    package var variableReferences: [(name: String, location: SourceLocation)] {
        switch self {
        case .text: []
        case .strong(let children), .emphasis(let children): children.flatMap(\.variableReferences)
        case .variable(let name, let location): [(name, location)]
        case .link(let target, let children, let location):
            (target.variableName.map { [($0, location)] } ?? []) + children.flatMap(\.variableReferences)
        }
    }
}

extension LinkTarget {
    /// The variable a link points to, if it points to one.
    package var variableName: String? {
        if case .variable(let name) = self { return name }
        return nil
    }
}
