/// IDs are slugs (`[a-z0-9]+(-[a-z0-9]+)*`, at most 64 characters) because they become
/// paths and translation keys.
package enum Slug {
    /// The longest ID accepted.
    package static let maxLength = 64

    /// Whether `text` is a valid slug.
    package static func isValid(_ text: String) -> Bool {
        // The contiguous bytes when there are: the UTF-8 view's iterator costs more than the check.
        text.utf8.withContiguousStorageIfAvailable { isValid($0, count: $0.count) }
            ?? isValid(text.utf8, count: text.utf8.count)
    }

    /// Whether `text` is a unit key: one slug, or two joined by a dot (`door.dont-open`).
    package static func isValidKey(_ text: String) -> Bool {
        let contiguous = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return isValid(bytes, count: bytes.count) }
            let head = bytes[..<dot]
            let tail = bytes[(dot + 1)...]
            return isValid(head, count: head.count) && isValid(tail, count: tail.count)
        }
        if let contiguous { return contiguous }
        guard let dot = text.utf8.firstIndex(of: UInt8(ascii: ".")) else { return isValid(text) }
        let head = text.utf8[..<dot]
        let tail = text.utf8[text.utf8.index(after: dot)...]
        return isValid(head, count: head.count) && isValid(tail, count: tail.count)
    }

    private static func isValid(_ bytes: some Sequence<UInt8>, count: Int) -> Bool {
        guard count > 0, count <= maxLength else { return false }
        var previousWasHyphen = true  // forbids a leading hyphen
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    /// A slug close to `text` to suggest in a message (lower-cased, other characters as hyphens).
    package static func suggestion(for text: String) -> String? {
        let mapped = text.lowercased().unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            return (c.isASCII && (c.isLetter || c.isNumber)) ? c : "-"
        }
        let collapsed = String(mapped).split(separator: "-").joined(separator: "-")
        return isValid(collapsed) && collapsed != text ? collapsed : nil
    }
}
