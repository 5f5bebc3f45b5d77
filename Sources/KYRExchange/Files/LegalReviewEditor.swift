import KYRLoad
import KYRModel

/// Records a legal review in a guide's or note's source file: sets `legal-review: date:` and
/// `fingerprint:` (the text the review covered) in the file's text, keeping every other byte.
/// A missing `fingerprint:` goes on a line of its own after the mapping's last entry, indented
/// as its keys are. Only block mappings are edited; anything else is refused, not guessed at.
package struct LegalReviewEditor {
    /// Why the file cannot be edited safely; nothing of it is changed.
    package struct Refusal: Error, Equatable {
        package var message: String
    }

    let original: String
    /// The display path, for the parser and messages.
    let file: String

    package init(original: String, file: String) {
        self.original = original
        self.file = file
    }

    /// The text with the review's date and fingerprint set.
    package func apply(date: ContentDate, fingerprint: UInt64) throws(Refusal) -> String {
        let editable = EditableYAML(original, file: file)
        let scalars = editable.scalars
        guard case .mapping(let pairs)? = editable.root?.value,
            let review = pairs.first(where: { $0.key.scalar == "legal-review" })?.value,
            case .mapping(let entries) = review.value, let last = entries.last,
            scalars.indices.contains(review.start.index), scalars[review.start.index] != "{"
        else { throw Refusal(message: "\(file) has no legal-review: block mapping kyr can edit") }
        guard let dateNode = entries.first(where: { $0.key.scalar == "date" })?.value, dateNode.scalar != nil
        else { throw Refusal(message: "\(file): legal-review has no date to set") }
        var replacements: [(range: Range<Int>, text: String)] = [
            (dateNode.start.index..<TranslationFileEditor.scalarEnd(dateNode, in: scalars), date.description)
        ]
        let written = Fingerprint.hex(fingerprint)
        if let existing = entries.first(where: { $0.key.scalar == "fingerprint" })?.value {
            guard existing.scalar != nil else {
                throw Refusal(message: "\(file): legal-review fingerprint is not text")
            }
            replacements.append(
                (existing.start.index..<TranslationFileEditor.scalarEnd(existing, in: scalars), written))
        } else {
            let end = TranslationFileEditor.lineEnd(after: last.value, keyEnd: last.key.end.index, in: scalars)
            let indent = String(repeating: " ", count: last.key.start.column - 1)
            replacements.append((end..<end, editable.newline + indent + "fingerprint: " + written))
        }
        return editable.mark + editable.body(replacing: replacements)
    }
}
