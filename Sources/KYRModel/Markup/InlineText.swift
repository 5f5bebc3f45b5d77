/// A translatable piece of text: what the author wrote, where, and its parsed markup.
package struct InlineText: Sendable, Hashable {
    /// The text exactly as written in the YAML value.
    package var raw: String
    /// Where the value starts in its file.
    package var location: SourceLocation
    /// The parsed markup.
    package var nodes: [InlineNode]
    /// Where runs of `raw` sit in the file, for diagnostics inside the text.
    package var anchors: [TextAnchor] {
        get {
            switch placement {
            case .none: []
            case .one(let anchor): [anchor]
            case .many(let anchors): anchors
            }
        }
        set { placement = Placement(newValue) }
    }

    /// The anchors as kept: nearly every text is one line written as it reads, with a single
    /// anchor, which is kept in place rather than in an array of its own (one allocation less
    /// per unit in every language).
    private var placement: Placement

    private enum Placement: Sendable, Hashable {
        case none
        case one(TextAnchor)
        case many([TextAnchor])

        init(_ anchors: [TextAnchor]) {
            switch anchors.count {
            case 0: self = .none
            case 1: self = .one(anchors[0])
            default: self = .many(anchors)
            }
        }
    }

    package init(raw: String, location: SourceLocation, nodes: [InlineNode], anchors: [TextAnchor] = []) {
        self.raw = raw
        self.location = location
        self.nodes = nodes
        placement = Placement(anchors)
    }

    /// The file position of the character at `offset` (in Unicode scalars) of `raw`.
    package func location(ofOffset offset: Int) -> SourceLocation {
        let anchor: TextAnchor
        switch placement {
        case .none:
            return location
        case .one(let only):
            guard only.offset <= offset else { return location }
            anchor = only
        case .many(let anchors):
            // Binary search: a text with many variables asks for many places.
            var low = 0
            var high = anchors.count
            while low < high {
                let mid = (low + high) / 2
                if anchors[mid].offset <= offset { low = mid + 1 } else { high = mid }
            }
            guard low > 0 else { return location }
            anchor = anchors[low - 1]
        }
        return SourceLocation(file: location.file, line: anchor.line, column: anchor.column + (offset - anchor.offset))
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
