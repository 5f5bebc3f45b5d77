/// Splits text into lines the way YAML counts them (LF, CR, CR LF, NEL, LS, PS), so the
/// line libyaml reports is the line we quote.
package enum SourceLines {
    /// The 1-based line `number` of `text`, without splitting the rest.
    package static func line(_ number: Int, of text: String) -> Substring? {
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

    /// Every line of `text`. Scans UTF-8 bytes: the printer splits every file it quotes.
    package static func split(_ text: String) -> [Substring] {
        var copy = text  // withUTF8 is mutating; a native string is not copied
        let ranges = copy.withUTF8 { bytes -> [Range<Int>] in
            var ranges: [Range<Int>] = []
            var start = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                var length = 0
                if byte == 0x0A || byte == 0x0D {
                    length = byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
                } else if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 {
                    length = 2  // NEL
                } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
                    bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9
                {
                    length = 3  // LS, PS
                }
                if length > 0 {
                    ranges.append(start..<i)
                    i += length
                    start = i
                } else {
                    i += 1
                }
            }
            ranges.append(start..<bytes.count)
            return ranges
        }
        let utf8 = text.utf8
        return ranges.map { range in
            text[
                utf8.index(
                    utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
                        utf8.startIndex, offsetBy: range.upperBound)]
        }
    }
}
