/// Splits text into lines the way YAML counts them (LF, CR, CR LF, NEL, LS, PS), so the
/// line libyaml reports is the line we quote.
public enum SourceLines {
    /// The 1-based line `number` of `text`, without splitting the rest.
    public static func line(_ number: Int, of text: String) -> Substring? {
        let scalars = text.unicodeScalars
        var current = 1
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                if current == number { return Substring(scalars[start..<index]) }
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                current += 1
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        return current == number ? Substring(scalars[start..<scalars.endIndex]) : nil
    }

    public static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lines.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
        return lines
    }
}
