/// What kyr writes where only the organizer knows the answer (the hotline of `kyr init`, the
/// texts of `kyr new`), and how `kyr check` recognises it until it is replaced
/// (`placeholder-value`). Spelled once, so what the starters write and what the rule looks
/// for cannot drift apart.
package enum Placeholder {
    /// The hotline `kyr init` writes: the first of the numbers North American numbering
    /// reserves for fiction (555-0100 to 555-0199), so it can never ring a real person.
    package static let phone = "555-0100"

    /// How every text `kyr new` writes for the author to replace begins.
    package static let textMarker = "TODO:"

    /// Whether `phone` is one of the fictional numbers 555-0100 to 555-0199, written alone,
    /// with an area code, or with the country code 1.
    package static func isFictional(phone: String) -> Bool {
        let digits = phone.unicodeScalars.filter { ("0"..."9").contains($0) }.map { Character($0) }
        switch digits.count {
        case 7, 10: break
        case 11 where digits.first == "1": break
        default: return false
        }
        return String(digits.suffix(7)).hasPrefix("55501")
    }

    /// Whether `text` is one `kyr new` wrote and nobody has replaced yet.
    package static func isPlaceholder(text: String) -> Bool {
        text.drop { $0 == " " || $0 == "\n" }.hasPrefix(textMarker)
    }
}
