import KYRLoad
import KYRModel

/// Changes the units of a translation file in its text, keeping every other byte: the
/// translator's comments, blank lines, order and the style of every unit it does not change.
/// A changed text is written as one double-quoted scalar (`YAMLText.quoted`: no text can change
/// the file's structure); a unit that needs a state other than the file's gets the mapping form
/// (`text:` and `state:`); a new unit goes after the nearest unit before it in source order. The
/// importer loads and checks the result before writing it, so what is written is what was checked.
package struct TranslationFileEditor {
    /// What to do to one unit.
    package struct Edit: Sendable, Equatable {
        /// The new text, as kyr markup; nil keeps the text.
        package var text: String?
        /// The state the unit must have; nil keeps what it has (the file's, for a new unit).
        package var state: TranslationState?

        package init(text: String?, state: TranslationState?) {
            self.text = text
            self.state = state
        }
    }

    /// Why a file cannot be edited safely; nothing of it is changed.
    package struct Refusal: Error, Equatable {
        package var message: String
    }

    /// The file's text (nil for a file that does not exist yet: it is written whole).
    let original: String?
    /// The display path, for the parser.
    let file: String

    package init(original: String?, file: String) {
        self.original = original
        self.file = file
    }

    /// The text with `edits` applied (keys in `order`, the source's reading order, decide where
    /// new units go) and the `translated-from:` block holding `fingerprints`. `fileState` is the
    /// state a new file gets.
    package func apply(
        _ edits: [String: Edit], order: [String], fingerprints: [(key: String, value: String)],
        fileState: TranslationState
    ) throws(Refusal) -> String {
        guard let text = original else {
            var out = "state: \(fileState.rawValue)\nunits:\n"
            for key in order {
                guard let edit = edits[key], let value = edit.text else { continue }
                out += "  " + Self.entry(key, value, state: edit.state, fileState: fileState, indent: 2) + "\n"
            }
            return FingerprintBlock.replace(in: out, fingerprints: fingerprints, file: file)
        }
        let editable = EditableYAML(text, file: file)
        let scalars = editable.scalars
        guard case .mapping(let pairs)? = editable.root?.value,
            let states = pairs.first(where: { $0.key.scalar == "state" })?.value.scalar,
            let existing = pairs.first(where: { $0.key.scalar == "units" })
        else { throw Refusal(message: "\(file) has no units: mapping kyr can edit") }
        let fileState = TranslationState(rawValue: states) ?? fileState
        let newline = editable.newline
        var replacements: [(range: Range<Int>, text: String)] = []
        let entries: [(key: YAMLNode, value: YAMLNode)]
        switch existing.value.value {
        case .mapping(let found)
        where scalars.indices.contains(existing.value.start.index) && scalars[existing.value.start.index] == "{":
            guard found.isEmpty else {
                throw Refusal(message: "\(file) writes units: in flow style ({...}); kyr edits block mappings only")
            }
            entries = []
        case .mapping(let found): entries = found
        case .scalar where existing.value.isNull: entries = []
        default: throw Refusal(message: "\(file): units: is not a mapping")
        }
        let indent = entries.first.map { $0.key.start.column - 1 } ?? 2
        let pad = String(repeating: " ", count: indent)
        var present: [String: (key: YAMLNode, value: YAMLNode)] = [:]
        for entry in entries { if let key = entry.key.scalar { present[key] = entry } }
        // Changed units, in place.
        for (key, edit) in edits.sorted(by: { $0.key < $1.key }) {
            guard let entry = present[key] else { continue }
            replacements += try replace(entry.value, edit: edit, fileState: fileState, indent: indent, in: scalars)
        }
        // New units, each after the nearest one before it in reading order that the file has.
        var inserted: [Int: String] = [:]
        var previous: String?
        var leading = ""
        for key in order {
            if present[key] != nil {
                previous = key
                continue
            }
            guard let edit = edits[key], let value = edit.text else { continue }
            let line = Self.entry(key, value, state: edit.state, fileState: fileState, indent: indent)
            if let previous, let entry = present[previous] {
                inserted[Self.lineEnd(after: entry.value, keyEnd: entry.key.end.index, in: scalars), default: ""] +=
                    newline + pad + line
            } else {
                leading += pad + line + newline
            }
        }
        for (index, addition) in inserted { replacements.append((index..<index, addition)) }
        if !leading.isEmpty {
            if let first = entries.first {
                let start = first.key.start.index - (first.key.start.column - 1)
                replacements.append((start..<start, leading))
            } else {
                // An empty units: (nothing, or {}): the entries replace what follows the colon.
                let start = Self.afterColon(before: existing.value.start.index, in: scalars)
                let end = existing.value.isNull ? start : existing.value.end.index
                replacements.append((start..<end, newline + String(leading.dropLast(newline.count))))
            }
        }
        let edited = editable.body(replacing: replacements)
        return editable.mark + FingerprintBlock.replace(in: edited, fingerprints: fingerprints, file: file)
    }

    /// The replacements that give an existing unit its new text and state.
    private func replace(
        _ value: YAMLNode, edit: Edit, fileState: TranslationState, indent: Int, in scalars: [Unicode.Scalar]
    ) throws(Refusal) -> [(range: Range<Int>, text: String)] {
        switch value.value {
        case .scalar:
            let needsState = edit.state.map { $0 != fileState } ?? false
            guard edit.text != nil || needsState else { return [] }
            let text = edit.text ?? value.scalar ?? ""
            let end = Self.scalarEnd(value, in: scalars)
            if !needsState { return [(value.start.index..<end, YAMLText.quoted(text))] }
            // The mapping form, on lines of its own under the key.
            let start = Self.afterColon(before: value.start.index, in: scalars)
            let pad = String(repeating: " ", count: indent + 2)
            let newline = scalars.contains("\r") ? "\r\n" : "\n"
            return [
                (
                    start..<end,
                    newline + pad + "text: " + YAMLText.quoted(text) + newline + pad + "state: " + edit.state!.rawValue
                )
            ]
        case .mapping(let pairs):
            var out: [(range: Range<Int>, text: String)] = []
            guard let text = pairs.first(where: { $0.key.scalar == "text" }) else {
                throw Refusal(message: "\(file): a unit written as a mapping without text:")
            }
            if let new = edit.text {
                out.append((text.value.start.index..<Self.scalarEnd(text.value, in: scalars), YAMLText.quoted(new)))
            }
            if let state = edit.state {
                if let existing = pairs.first(where: { $0.key.scalar == "state" }) {
                    if existing.value.scalar != state.rawValue {
                        out.append((existing.value.start.index..<existing.value.end.index, state.rawValue))
                    }
                } else if state != fileState {
                    let isFlow = scalars.indices.contains(value.start.index) && scalars[value.start.index] == "{"
                    let end = Self.scalarEnd(text.value, in: scalars)
                    if isFlow {
                        out.append((end..<end, ", state: " + state.rawValue))
                    } else {
                        let lineEnd = Self.lineEnd(after: text.value, keyEnd: text.key.end.index, in: scalars)
                        let newline = scalars.contains("\r") ? "\r\n" : "\n"
                        let pad = String(repeating: " ", count: text.key.start.column - 1)
                        out.append((lineEnd..<lineEnd, newline + pad + "state: " + state.rawValue))
                    }
                }
            }
            return out
        case .sequence:
            throw Refusal(message: "\(file): a unit written as a list")
        }
    }

    /// `key: "text"`, or the mapping form when the unit's state differs from the file's.
    static func entry(_ key: String, _ text: String, state: TranslationState?, fileState: TranslationState, indent: Int)
        -> String
    {
        guard let state, state != fileState else { return key + ": " + YAMLText.quoted(text) }
        let pad = String(repeating: " ", count: indent + 2)
        return key + ":\n" + pad + "text: " + YAMLText.quoted(text) + "\n" + pad + "state: " + state.rawValue
    }

    /// Where a scalar's own characters end: its end mark for plain and quoted scalars (a comment
    /// after it stays); for a block scalar (`>-`, `|`), the end of its last line of text (its end
    /// mark lies past the line breaks and blank lines after it).
    static func scalarEnd(_ node: YAMLNode, in scalars: [Unicode.Scalar]) -> Int {
        guard case .scalar(_, let style) = node.value, style == .literal || style == .folded else {
            return node.end.index
        }
        var end = min(node.end.index, scalars.count)
        while end > node.start.index, scalars[end - 1].isUnicodeWhitespace { end -= 1 }
        return end
    }

    /// The end of the line where an entry's value ends (before its line break): where the
    /// next entry is inserted.
    static func lineEnd(after node: YAMLNode, keyEnd: Int, in scalars: [Unicode.Scalar]) -> Int {
        var end: Int
        switch node.value {
        case .mapping(let pairs)
        where !pairs.isEmpty && scalars.indices.contains(node.start.index) && scalars[node.start.index] != "{":
            let last = pairs[pairs.count - 1]
            return lineEnd(after: last.value, keyEnd: last.key.end.index, in: scalars)
        case .scalar:
            end = max(scalarEnd(node, in: scalars), keyEnd)
        default:
            end = max(node.end.index, keyEnd)
        }
        while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
        return end
    }

    /// The position right after the `:` that precedes a value (spaces between them skipped back).
    static func afterColon(before index: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = min(index, scalars.count)
        while start > 0, scalars[start - 1] == " " || scalars[start - 1] == "\t" { start -= 1 }
        return start
    }
}
