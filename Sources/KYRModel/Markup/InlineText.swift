/// A translatable piece of text: what the author wrote, where, and its parsed markup.
package struct InlineText: Sendable, Hashable {
    /// The text exactly as written in the YAML value.
    package var raw: String
    /// Where the value starts in its file.
    package var location: SourceLocation
    /// The parsed markup.
    package var nodes: [InlineNode]
    /// Where runs of `raw` sit in the file, for diagnostics inside the text.
    package var anchors: [TextAnchor]

    package init(raw: String, location: SourceLocation, nodes: [InlineNode], anchors: [TextAnchor] = []) {
        self.raw = raw
        self.location = location
        self.nodes = nodes
        self.anchors = anchors
    }

    /// Whether the text has no markup at all (no strong, emphasis, link or variable): most
    /// texts, which the checks can then skip without scanning them.
    package var isPlain: Bool {
        nodes.allSatisfy { if case .text = $0 { true } else { false } }
    }

    /// Every `{variable}` the text uses, including link targets.
    package var variableReferences: [(name: String, location: SourceLocation)] {
        isPlain ? [] : nodes.flatMap(\.variableReferences)
    }
}
