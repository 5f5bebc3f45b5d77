import Foundation

/// Reads a PO file strictly: UTF-8 only, C escapes as gettext writes them, every line a comment,
/// a keyword or a continuation of the string before it; obsolete entries (`#~`) are skipped.
/// Anything else is refused with its line, since a file that comes back from outside is
/// untrusted.
struct POParser {
    /// The largest file read.
    static let maxBytes = 16 << 20

    struct Failure: Error, Equatable {
        var line: Int
        var message: String
    }

    /// The entries of `bytes`, the header first when there is one.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> [POEntry] {
        guard bytes.count <= maxBytes else {
            throw Failure(
                line: 0,
                message: "the file is \(bytes.count) bytes; kyr reads PO files of at most \(maxBytes) bytes (16 MiB)")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw Failure(line: 0, message: "the file is not UTF-8; kyr reads PO files in UTF-8 only")
        }
        var parser = POParser()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            try parser.take(line.hasSuffix("\r") ? line.dropLast() : line, number: index + 1)
        }
        try parser.finish()
        return parser.entries
    }

    private var entries: [POEntry] = []
    private var current: POEntry?
    /// Which string a `"..."` continuation line extends.
    private enum Field {
        case context, id, plural
        case string(Int)
        case previousContext, previousID
    }
    private var field: Field?
    private var sawString = false

    private mutating func take(_ line: Substring, number: Int) throws(Failure) {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty {
            try finish()
            return
        }
        if trimmed.hasPrefix("#~") {
            // An obsolete entry: it ends the one before it, and kyr reads nothing of it.
            try finish()
            return
        }
        if trimmed.hasPrefix("#") {
            if sawString { try finish() }
            var entry = current ?? POEntry(line: number)
            if trimmed.hasPrefix("#|") {
                let rest = trimmed.dropFirst(2).drop { $0 == " " }
                if rest.hasPrefix("msgctxt") {
                    entry.previousContext = try string(rest.dropFirst("msgctxt".count), line: number)
                    field = .previousContext
                } else if rest.hasPrefix("msgid_plural") {
                    field = nil
                } else if rest.hasPrefix("msgid") {
                    entry.previousID = try string(rest.dropFirst("msgid".count), line: number)
                    field = .previousID
                } else if rest.hasPrefix("\"") {
                    current = entry
                    try extend(rest, line: number)
                    return
                }
            } else if trimmed.hasPrefix("#.") {
                field = nil
                entry.extractedComments.append(String(trimmed.dropFirst(2).drop { $0 == " " }))
            } else if trimmed.hasPrefix("#:") {
                field = nil
                entry.references.append(String(trimmed.dropFirst(2).drop { $0 == " " }))
            } else if trimmed.hasPrefix("#,") {
                field = nil
                for flag in trimmed.dropFirst(2).split(separator: ",") {
                    entry.flags.insert(flag.trimmingCharacters(in: .whitespaces))
                }
            } else {
                field = nil
                entry.translatorComments.append(String(trimmed.dropFirst().drop { $0 == " " }))
            }
            current = entry
            return
        }
        if trimmed.hasPrefix("\"") {
            try extend(trimmed, line: number)
            return
        }
        let keyword = String(trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "\"" })
        let value = trimmed.dropFirst(keyword.count)
        if keyword == "msgctxt" || keyword == "msgid", sawString { try finish() }
        var entry = current ?? POEntry(line: number)
        switch keyword {
        case "msgctxt":
            guard entry.context == nil, entry.id == nil else {
                throw Failure(line: number, message: "msgctxt out of place")
            }
            entry.context = try string(value, line: number)
            field = .context
        case "msgid":
            guard entry.id == nil else { throw Failure(line: number, message: "a second msgid in one entry") }
            entry.id = try string(value, line: number)
            field = .id
        case "msgid_plural":
            guard entry.id != nil, entry.pluralID == nil else {
                throw Failure(line: number, message: "msgid_plural out of place")
            }
            entry.pluralID = try string(value, line: number)
            field = .plural
        case _ where keyword.hasPrefix("msgstr"):
            guard entry.id != nil else { throw Failure(line: number, message: "msgstr without msgid") }
            var index = 0
            if keyword != "msgstr" {
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                    let n = Int(keyword.dropFirst("msgstr[".count).dropLast()), (0..<100).contains(n)
                else { throw Failure(line: number, message: "unknown keyword '\(keyword)'") }
                index = n
            }
            guard entry.strings[index] == nil else {
                throw Failure(line: number, message: "\(keyword) twice in one entry")
            }
            entry.strings[index] = try string(value, line: number)
            field = .string(index)
            sawString = true
        default:
            throw Failure(line: number, message: "'\(trimmed.prefix(40))' is not a PO keyword, comment or string")
        }
        current = entry
    }

    /// A `"..."` line continuing the string of the last keyword.
    private mutating func extend(_ line: Substring, line number: Int) throws(Failure) {
        guard var entry = current, let field else {
            throw Failure(line: number, message: "a string with no msgid, msgstr or msgctxt before it")
        }
        let more = try string(line, line: number)
        switch field {
        case .context: entry.context! += more
        case .id: entry.id! += more
        case .plural: entry.pluralID! += more
        case .string(let index): entry.strings[index]! += more
        case .previousContext: entry.previousContext! += more
        case .previousID: entry.previousID! += more
        }
        current = entry
    }

    private mutating func finish() throws(Failure) {
        defer {
            current = nil
            field = nil
            sawString = false
        }
        guard let entry = current else { return }
        if entry.id == nil {
            // Comments alone (before the header, or at the end of the file) belong to no entry.
            guard entry.context == nil, entry.strings.isEmpty else {
                throw Failure(line: entry.line, message: "an entry without msgid")
            }
            return
        }
        guard !entry.strings.isEmpty else { throw Failure(line: entry.line, message: "an entry without msgstr") }
        entries.append(entry)
    }

    /// One quoted string with gettext's escapes, after optional white space.
    private func string(_ text: Substring, line: Int) throws(Failure) -> String {
        var scalars = Substring(text.drop { $0 == " " || $0 == "\t" }).unicodeScalars[...]
        guard scalars.first == "\"" else { throw Failure(line: line, message: "expected a string in double quotes") }
        scalars = scalars.dropFirst()
        var out = String.UnicodeScalarView()
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            switch scalar {
            case "\"":
                guard scalars.allSatisfy({ $0 == " " || $0 == "\t" }) else {
                    throw Failure(line: line, message: "text after the closing quote")
                }
                return String(out)
            case "\\":
                guard let escaped = scalars.first else {
                    throw Failure(line: line, message: "a lone backslash at the end")
                }
                scalars = scalars.dropFirst()
                switch escaped {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "a": out.append("\u{07}")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "v": out.append("\u{0B}")
                case "\\", "\"", "'", "?": out.append(escaped)
                case "0"..."7":
                    var value = escaped.value - 48
                    var count = 1
                    while count < 3, let next = scalars.first, ("0"..."7").contains(next) {
                        value = value * 8 + next.value - 48
                        scalars = scalars.dropFirst()
                        count += 1
                    }
                    guard let decoded = Unicode.Scalar(value) else {
                        throw Failure(line: line, message: "a bad octal escape")
                    }
                    out.append(decoded)
                case "x":
                    var value: UInt32 = 0
                    var count = 0
                    while count < 2, let next = scalars.first, let digit = UInt32(String(next), radix: 16) {
                        value = value * 16 + digit
                        scalars = scalars.dropFirst()
                        count += 1
                    }
                    guard count > 0, let decoded = Unicode.Scalar(value) else {
                        throw Failure(line: line, message: "a bad \\x escape")
                    }
                    out.append(decoded)
                default:
                    throw Failure(line: line, message: "an unknown escape '\\\(escaped)'")
                }
            default:
                out.append(scalar)
            }
        }
        throw Failure(line: line, message: "a string without its closing quote")
    }
}
