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
