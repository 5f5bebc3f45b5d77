extension String {
    /// The text with every whitespace run (a folded YAML line break, a tab) as one space and the
    /// ends trimmed: how a paragraph reads once its source layout is gone.
    package var collapsingWhitespace: String {
        // Most texts have nothing to collapse: finding that out on scalars is much cheaper than
        // splitting characters.
        var previousWasSpace = true
        for scalar in unicodeScalars {
            let isSpace = scalar == " "
            if (isSpace && previousWasSpace) || (!isSpace && scalar.isUnicodeWhitespace) {
                return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            }
            previousWasSpace = isSpace
        }
        return previousWasSpace && !isEmpty ? split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") : self
    }
}
