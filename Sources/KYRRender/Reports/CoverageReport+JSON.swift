import KYRModel

/// JSON for tools, with a fixed key order so outputs diff cleanly.
extension CoverageReport {
    package func json() -> String {
        let q = JSONString.quote
        var parts: [String] = []
        for entry in languages {
            let documents = entry.documents.map { "      " + row($0) }.joined(separator: ",\n")
            let work = entry.work.map { item in
                "      {\"document\": \(q(item.document)), \"key\": \(q(item.key)), \"kind\": \(q(item.role)), "
                    + "\"reason\": \(q(item.reason.rawValue)), "
                    + "\"source\": \(q(item.source)), \"previous-source\": \(item.previousSource.map(q) ?? "null"), "
                    + "\"translation\": \(item.translation.map(q) ?? "null"), "
                    + "\"diff\": \(item.previousSource.map { q(WordDiff.plain(from: Fingerprint.normalized($0), to: Fingerprint.normalized(item.source))) } ?? "null"), "
                    + "\"file\": \(q(item.location.file)), \"line\": \(item.location.line), \"column\": \(item.location.column), "
                    + "\"translation-file\": \(item.translationLocation.map { q($0.file) } ?? "null"), "
                    + "\"translation-line\": \(item.translationLocation.map { String($0.line) } ?? "null")}"
            }.joined(separator: ",\n")
            parts.append(
                """
                  {
                    "language": \(q(entry.language.identifier)),
                    "name": \(q(entry.language.nativeName)),
                    "publish": \(q(entry.policy.mode.rawValue)),
                    "min-state": \(q(entry.policy.minimumState.rawValue)),
                    "total": \(row(entry.total)),
                    "interface-strings-in-source": \(entry.interfaceStringsInSource),
                    "documents": [
                \(documents)
                    ],
                    "work": [\(work.isEmpty ? "" : "\n" + work + "\n    ")]
                  }
                """)
        }
        return "{\n  \"source-language\": \(q(sourceLanguage.identifier)),\n  \"languages\": [\n"
            + parts.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    private func row(_ row: CoverageRow) -> String {
        "{\"document\": \(JSONString.quote(row.document)), \"units\": \(row.units), \"words\": \(row.words), "
            + "\"draft\": \(row.draft), \"translated\": \(row.translated), \"reviewed\": \(row.reviewed), "
            + "\"outdated\": \(row.outdated), \"missing\": \(row.missing), \"orphan\": \(row.orphan), "
            + "\"errors\": \(row.errors), \"warnings\": \(row.warnings), \"percent-complete\": \(Self.percent(row.percentComplete))}"
    }
}
