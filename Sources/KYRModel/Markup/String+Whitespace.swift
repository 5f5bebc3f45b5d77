extension String {
    /// The text with every whitespace run (a folded YAML line break, a tab) as one space and the
    /// ends trimmed: how a paragraph reads once its source layout is gone.
    package var collapsingWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
