import Foundation
import KYRModel

/// A PO file brought back by a translator, read into neutral units: `msgctxt` names the unit
/// (`guides/at-home:door.dont-open`), `msgid` is the English the translator saw, `msgstr` the
/// translation (kyr markup as written), `#, fuzzy` an unconfirmed one. The header must declare
/// UTF-8 and the language.
package enum POImporter {
    package static func read(_ bytes: [UInt8], file: String) throws(RefusedFile) -> ImportedFile {
        let entries: [POEntry]
        do {
            entries = try POParser.parse(bytes)
        } catch {
            throw RefusedFile(file: file, line: error.line, message: "not a valid PO file: " + error.message)
        }
        guard let header = entries.first(where: \.isHeader) else {
            throw RefusedFile(file: file, message: "the PO file has no header (msgid \"\"), so no Language")
        }
        let fields = headerFields(header.strings[0] ?? "")
        if let type = fields["content-type"], let charset = type.lowercased().split(separator: "charset=").last,
            charset.trimmingCharacters(in: .whitespaces) != "utf-8"
        {
            throw RefusedFile(
                file: file, line: header.line, message: "the PO file is in \(charset); kyr reads PO files in UTF-8 only"
            )
        }
        guard let language = fields["language"], !language.isEmpty else {
            throw RefusedFile(file: file, line: header.line, message: "the PO header names no Language")
        }
        var imported = ImportedFile(
            format: .po, language: language.replacingOccurrences(of: "_", with: "-"),
            sourceLanguage: fields["x-kyr-source-language"], units: [])
        var seen = Set<String>()
        for entry in entries where !entry.isHeader {
            let name = entry.context ?? entry.id ?? ""
            guard let context = entry.context, let unit = unitName(context) else {
                imported.refused.append(
                    ImportRefusal(
                        name: "msgid \"\(String((entry.id ?? "").prefix(40)))\"", line: entry.line,
                        reason:
                            "its msgctxt does not name a kyr unit (guides/<id>:<key>, agencies/<id>:<key>, strings:<key>)"
                    ))
                continue
            }
            guard seen.insert(context).inserted else {
                imported.refused.append(
                    ImportRefusal(name: name, line: entry.line, reason: "the file has this unit twice"))
                continue
            }
            guard entry.pluralID == nil else {
                imported.refused.append(
                    ImportRefusal(
                        name: name, line: entry.line, reason: "a plural entry; kyr's units have no plural forms"))
                continue
            }
            let target = entry.strings[0] ?? ""
            let exported = entry.extractedComments.first { $0.hasPrefix(POWriter.exportedTargetComment) }
                .map { String($0.dropFirst(POWriter.exportedTargetComment.count)).trimmingCharacters(in: .whitespaces) }
            imported.units.append(
                ImportedUnit(
                    document: unit.document, key: unit.key, source: entry.id ?? "",
                    target: target.isEmpty ? nil : target,
                    isFinished: !entry.isFuzzy, state: nil, exportedTarget: exported, line: entry.line))
        }
        return imported
    }

    /// `guides/at-home:door.dont-open` as a document and key.
    static func unitName(_ context: String) -> (document: DocumentRef, key: String)? {
        let parts = context.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, Slug.isValidKey(parts[1]) else { return nil }
        let path = parts[0].split(separator: "/").map(String.init)
        if path == ["strings"] { return (.strings, parts[1]) }
        guard path.count == 2, Slug.isValid(path[1]) else { return nil }
        switch path[0] {
        case DocumentKind.guide.folder: return (DocumentRef(.guide, path[1]), parts[1])
        case DocumentKind.agency.folder: return (DocumentRef(.agency, path[1]), parts[1])
        default: return nil
        }
    }

    /// `Name: value` lines of the header, names in lower case.
    private static func headerFields(_ header: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in header.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }
}
