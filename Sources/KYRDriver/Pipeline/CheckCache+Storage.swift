import Foundation
import KYRModel

extension CheckCache {
    /// One finding as the file keeps it: every field of `Diagnostic`, in plain values.
    struct Stored: Codable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var code: String
        var message: String
        var notes: [String]
        var subject: Subject?
        var language: String?

        struct Subject: Codable {
            var kind: String
            var id: String
            var language: String
            var key: String
        }

        init(_ finding: Diagnostic) {
            file = finding.location.file
            line = finding.location.line
            column = finding.location.column
            severity = finding.severity.rawValue
            code = finding.code.rawValue
            message = finding.message
            notes = finding.notes
            subject = finding.subject.map { subject in
                Subject(
                    kind: subject.translation.document.kind.rawValue, id: subject.translation.document.id,
                    language: subject.translation.language.identifier, key: subject.key)
            }
            language = finding.language?.identifier
        }

        /// The finding; nil when the file names a code, severity, kind or language this kyr does not take.
        var finding: Diagnostic? {
            guard let severity = Severity(rawValue: severity), let code = DiagnosticCode(rawValue: code) else {
                return nil
            }
            var finding = Diagnostic(
                code, message, at: SourceLocation(file: file, line: line, column: column), severity: severity,
                notes: notes)
            if let subject {
                guard let kind = DocumentKind(rawValue: subject.kind),
                    let language = try? LanguageTag.parse(subject.language).get()
                else { return nil }
                finding.subject = TranslatedUnitRef(
                    TranslationRef(document: DocumentRef(kind, subject.id), language: language), key: subject.key)
            }
            if let language {
                guard let tag = try? LanguageTag.parse(language).get() else { return nil }
                finding.language = tag
            }
            return finding
        }
    }

    /// The file: its header and scheme, then one JSON object of findings by key.
    static func encoded(_ entries: [ContentHash: [Diagnostic]]) -> [UInt8]? {
        let stored = Dictionary(uniqueKeysWithValues: entries.map { ($0.key.hex, $0.value.map(Stored.init)) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let json = try? encoder.encode(stored) else { return nil }
        return Array((header + "\n" + scheme + "\n").utf8) + Array(json) + [0x0A]
    }

    /// The entries in the file at `path`; none when it is missing, damaged or not this kyr's.
    static func read(_ path: String) -> [ContentHash: [Diagnostic]]? {
        guard let bytes = SystemFile.read(path) else { return nil }
        let prefix = Array((header + "\n" + scheme + "\n").utf8)
        guard bytes.starts(with: prefix),
            let stored = try? JSONDecoder().decode([String: [Stored]].self, from: Data(bytes[prefix.count...]))
        else { return nil }
        var entries: [ContentHash: [Diagnostic]] = [:]
        for (hex, findings) in stored {
            guard let key = ContentHash(hex: hex) else { return nil }
            let decoded = findings.compactMap(\.finding)
            guard decoded.count == findings.count else { return nil }
            entries[key] = decoded
        }
        return entries
    }
}
