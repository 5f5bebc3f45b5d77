/// A translatable piece of text: what the author wrote, where, and its parsed markup.
public struct InlineText: Sendable, Hashable {
    /// The text exactly as written in the YAML value.
    public var raw: String
    /// Where the value starts in its file.
    public var location: SourceLocation
    /// The parsed markup.
    public var nodes: [InlineNode]

    public init(raw: String, location: SourceLocation, nodes: [InlineNode]) {
        self.raw = raw
        self.location = location
        self.nodes = nodes
    }

    /// Every `{variable}` the text uses, including link targets.
    public var variableReferences: [(name: String, location: SourceLocation)] {
        nodes.flatMap(\.variableReferences)
    }
}
