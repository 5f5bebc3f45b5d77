import Foundation
import KYRModel

/// Adds to a finished PDF what Cairo 1.16 cannot write: the document's language (`/Lang`, which
/// screen readers and text extraction use), a title shown instead of the file name, and an
/// information dictionary naming kyr as producer with well-formed dates. Written as an
/// incremental update after Cairo's bytes, so nothing Cairo wrote moves: the objects it
/// replaces stay in the file, superseded, and every offset in Cairo's table stays true.
enum PDFUpdate {
    static func apply(_ pdf: [UInt8], metadata: PDFMetadata) -> [UInt8] {
        let tail = String(decoding: pdf.suffix(1024), as: UTF8.self)
        guard let previous = number(after: "startxref", in: tail, last: true),
            let root = number(after: "/Root", in: tail, last: true),
            let info = number(after: "/Info", in: tail, last: true),
            let size = number(after: "/Size", in: tail, last: true),
            let catalog = dictionary(of: root, in: pdf)
        else { return pdf }
        var out = pdf
        var offsets: [(Int, Int)] = []
        func append(_ text: String) { out += Array(text.utf8) }
        if out.last != 0x0A { append("\n") }
        offsets.append((info, out.count))
        append("\(info) 0 obj\n" + infoDictionary(metadata) + "\nendobj\n")
        offsets.append((root, out.count))
        let lang = " /Lang " + literal(metadata.language.identifier)
        let viewer = " /ViewerPreferences << /DisplayDocTitle true >>"
        append("\(root) 0 obj\n" + catalog.dropLast(2) + lang + viewer + " >>\nendobj\n")
        let xref = out.count
        append("xref\n")
        for (object, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            let digits = String(offset)
            append("\(object) 1\n" + String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n")
        }
        append("trailer\n<< /Size \(size) /Root \(root) 0 R /Info \(info) 0 R /Prev \(previous) >>\n")
        append("startxref\n\(xref)\n%%EOF\n")
        return out
    }

    /// Title, author, subject, creator, producer and dates, as PDF text strings.
    static func infoDictionary(_ metadata: PDFMetadata) -> String {
        let date = literal(
            "D:" + metadata.date.description.replacingOccurrences(of: "-", with: "") + "000000Z")
        return "<< /Title " + text(metadata.title) + " /Author " + text(metadata.author) + " /Subject "
            + text(metadata.subject) + " /Creator " + literal(PDFMetadata.creator) + " /Producer "
            + literal(PDFMetadata.producer) + " /CreationDate " + date + " /ModDate " + date + " >>"
    }

    /// A PDF text string: a literal for printable ASCII, else UTF-16BE with a byte-order mark, in hex.
    static func text(_ value: String) -> String {
        if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return literal(value) }
        let hex = value.utf16.map { unit in
            let digits = String(unit, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - digits.count) + digits
        }
        return "<FEFF" + hex.joined() + ">"
    }

    /// A literal string of printable ASCII, with `(`, `)` and `\` escaped.
    static func literal(_ value: String) -> String {
        var out = "("
        for character in value {
            if character == "(" || character == ")" || character == "\\" { out += "\\" }
            out.append(character)
        }
        return out + ")"
    }

    /// The number after the last (or first) `key` in `text`.
    private static func number(after key: String, in text: String, last: Bool) -> Int? {
        guard let range = last ? text.range(of: key, options: .backwards) : text.range(of: key) else { return nil }
        let digits = text[range.upperBound...].drop(while: { $0 == " " || $0 == "\n" || $0 == "\r" }).prefix(
            while: \.isNumber)
        return Int(digits)
    }

    /// The dictionary of object `number` (`<< ... >>`), as Cairo wrote it: plain ASCII.
    private static func dictionary(of number: Int, in pdf: [UInt8]) -> String? {
        let header = Array("\n\(number) 0 obj\n".utf8)
        guard let start = lastIndex(of: header, in: pdf) else { return nil }
        let body = pdf[(start + header.count)...]
        guard let end = firstIndex(of: Array("endobj".utf8), in: body) else { return nil }
        let text = String(decoding: pdf[(start + header.count)..<end], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("<<"), text.hasSuffix(">>") else { return nil }
        return text
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index -= 1
        }
        return nil
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index + pattern.count <= bytes.endIndex {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
