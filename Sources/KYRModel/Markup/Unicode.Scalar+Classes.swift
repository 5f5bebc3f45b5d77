/// Character classes the loaders and checks ask about for every scalar of every unit, answered
/// for ASCII without a Unicode property look-up.
extension Unicode.Scalar {
    /// Unicode White_Space: in ASCII exactly tab, line feed, vertical tab, form feed, carriage
    /// return and space.
    package var isUnicodeWhitespace: Bool {
        switch value {
        case 0x20, 0x09...0x0D: true
        case 0..<0x80: false
        default: properties.isWhitespace
        }
    }

    /// `a-z`, `A-Z` or `0-9`.
    package var isASCIILetterOrDigit: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }
}
