import Foundation
import KYRModel

/// Writes a catalog as a gettext PO file: one entry per unit, `msgctxt` the document and key as
/// `kyr translate stamp` names them (`guides/at-home:door.dont-open`), `msgid` the English as
/// written (markup and `{placeholders}` included), `msgstr` the translation. An outdated unit is
/// `#, fuzzy`, with the English it was translated from as `#| msgid` when history has it.
/// Context goes in extracted comments (`#.`), gettext's place for notes to translators (`# `
/// comments are the translator's own); so does `kyr-exported-target:`, the fingerprint of the
/// translation as exported, with which an import tells whether the content changed meanwhile.
package enum POWriter {
    /// The extracted-comment prefix of the exported-target record.
    package static let exportedTargetComment = "kyr-exported-target: "

    /// The PO file; `project` names the project in the header, `day` is the export's date.
    package static func write(_ catalog: ExchangeCatalog, project: String, day: ContentDate) -> String {
        let language = catalog.language.identifier
        let name = Locale(identifier: language).localizedString(forIdentifier: language) ?? language
        let source = catalog.sourceLanguage.identifier
        let sourceName = Locale(identifier: "en").localizedString(forIdentifier: source) ?? source
        var out = """
            # \(oneLine(project)): translation into \(name) (\(language)), from \(sourceName) (\(source)).
            # Written by kyr translate export; bring it back with kyr translate import FILE.
            # Entries marked fuzzy are not confirmed: import writes them but does not stamp them.

            """
        let header = [
            "Project-Id-Version: \(oneLine(project))", "PO-Revision-Date: \(day) 00:00+0000", "Last-Translator: ",
            "Language-Team: \(name)", "Language: \(language)", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit",
            "Plural-Forms: \(PluralForms.header(for: language))", "X-Generator: kyr translate export",
            "X-Kyr-Source-Language: \(catalog.sourceLanguage.identifier)",
        ]
        out += "msgid \"\"\nmsgstr \"\"\n" + header.map { POString.quoted($0 + "\n") + "\n" }.joined()
        for document in catalog.documents {
            for unit in document.units {
                out += "\n" + entry(unit, in: document)
            }
        }
        return out
    }

    /// `guides/at-home:door.dont-open`.
    package static func context(_ document: DocumentRef, key: String) -> String {
        document.path + ":" + key
    }

    private static func entry(_ unit: ExchangeUnit, in document: ExchangeDocument) -> String {
        var out = ""
        for note in unit.notes {
            out += "#. \(note.category): \(oneLine(note.text))\n"
        }
        // XLIFF says it with its state attribute; PO has only fuzzy, so the state is a note.
        if unit.status == .current, let state = unit.state { out += "#. state: \(state.rawValue)\n" }
        out += "#. " + exportedTargetComment + unit.exportedTarget + "\n"
        out += "#: \(unit.sourceLocation.file):\(unit.sourceLocation.line)\n"
        var flags: [String] = []
        if unit.status == .outdated { flags.append("fuzzy") }
        if hasBraceFormat(unit) { flags.append("python-brace-format") }
        if !flags.isEmpty { out += "#, " + flags.joined(separator: ", ") + "\n" }
        if unit.status == .outdated, let previous = unit.previousSource {
            out += POString.field("msgid", previous, prefix: "#| ")
        }
        out += POString.field("msgctxt", context(document.ref, key: unit.key))
        out += POString.field("msgid", unit.source)
        out += POString.field("msgstr", unit.target ?? "")
        return out
    }

    /// Whether to mark the entry `python-brace-format`, so Poedit and Weblate highlight and
    /// check `{placeholders}` (and msgfmt -c compares them): when the English has some, writes
    /// no literal brace, and a confirmed translation has the same ones (an entry msgfmt would
    /// refuse is left to kyr check).
    static func hasBraceFormat(_ unit: ExchangeUnit) -> Bool {
        guard let source = MarkedText(raw: unit.source), !unit.source.contains("\\{"), !unit.source.contains("\\}")
        else { return false }
        let wanted = variables(source)
        guard !wanted.isEmpty else { return false }
        guard unit.status == .current, let target = unit.target else { return true }
        return MarkedText(raw: target).map(variables) == wanted
    }

    private static func variables(_ text: MarkedText) -> [String] {
        text.pieces.compactMap { if case .variable(let name, _) = $0 { name } else { nil } }.sorted()
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
