/// Where a run of a text value's characters sits in its file: value offset `offset` is at
/// `line`:`column`, and the following characters continue on that line until the next anchor.
/// A handful per text lets any check point at the exact character, across YAML quoting and folding.
package struct TextAnchor: Sendable, Hashable {
    package var offset: Int
    package var line: Int
    package var column: Int

    package init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }
}

extension InlineText {
    /// The file position of the character at `offset` (in Unicode scalars) of `raw`.
    package func location(ofOffset offset: Int) -> SourceLocation {
        // Binary search: a text with many variables asks for many places.
        var low = 0
        var high = anchors.count
        while low < high {
            let mid = (low + high) / 2
            if anchors[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return location }
        let anchor = anchors[low - 1]
        return SourceLocation(file: location.file, line: anchor.line, column: anchor.column + (offset - anchor.offset))
    }
}
