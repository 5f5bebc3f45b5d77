import KYRModel

/// The terminal table (fits 80 columns) and CSV.
extension CoverageReport {
    static let tableHeader = ["units", "words", "drf", "trn", "rev", "out", "miss", "orph", "err", "wrn", "%"]
    static let tableWidths = [5, 6, 4, 4, 4, 4, 4, 4, 3, 3, 6]
    static let documentWidth = 21

    /// An aligned table per language, for terminals.
    package func table() -> String {
        // First every language's total on one line each, then the documents of each language.
        var out =
            pad("language", Self.documentWidth)
            + zip(Self.tableHeader, Self.tableWidths).map { " " + pad($0, $1, right: true) }.joined() + "\n"
        for entry in languages {
            let name =
                "\(entry.language) \(entry.language.nativeName)" + (entry.policy.mode == .never ? " (unpublished)" : "")
            out += pad(truncate(name, Self.documentWidth), Self.documentWidth)
            out += zip(numbers(entry.total), Self.tableWidths).map { " " + pad($0, $1, right: true) }.joined() + "\n"
        }
        out += "\n"
        for entry in languages {
            let policy = "publish: \(entry.policy.mode.rawValue), minimum state: \(entry.policy.minimumState.rawValue)"
            out += "\(entry.language) (\(entry.language.nativeName)), \(policy)\n"
            out +=
                pad("", Self.documentWidth)
                + zip(Self.tableHeader, Self.tableWidths).map { " " + pad($0, $1, right: true) }.joined() + "\n"
            for row in entry.documents + [entry.total] {
                out += pad(truncate(row.document, Self.documentWidth), Self.documentWidth)
                out += zip(numbers(row), Self.tableWidths).map { " " + pad($0, $1, right: true) }.joined() + "\n"
            }
            if let line = interfaceStringsLine(entry) { out += line + "\n" }
            out += "\n"
        }
        out += "drf/trn/rev: current units in draft, translated and reviewed state; out: outdated; miss: missing;\n"
        out += "orph: orphaned; %: units readers see translated under the language's publish policy\n"
        return out
    }

    /// What readers of `entry` see of the interface in the source language, when they see any:
    /// the rows count only the strings the project defines.
    func interfaceStringsLine(_ entry: Language) -> String? {
        guard entry.interfaceStringsInSource > 0 else { return nil }
        let why =
            entry.hasBuiltInStrings
            ? "the project's own, not yet translated" : "kyr has none built in for \(entry.language)"
        return "interface strings: \(entry.interfaceStringsInSource) of \(Self.interfaceStringCount) shown in "
            + "\(sourceLanguage) (\(why))"
    }

    /// One line per language and document, and a total line per language.
    package func csv() -> String {
        var out =
            "language,document,units,words,draft,translated,reviewed,outdated,missing,orphan,errors,warnings,percent_complete\n"
        for entry in languages {
            for row in entry.documents + [entry.total] {
                out += "\(row.language),\(row.document)," + numbers(row).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    func numbers(_ row: CoverageRow) -> [String] {
        [
            row.units, row.words, row.draft, row.translated, row.reviewed, row.outdated, row.missing, row.orphan,
            row.errors, row.warnings,
        ]
        .map(String.init) + [Self.percent(row.percentComplete)]
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - TerminalWidth.width(of: text)))
        return right ? fill + text : text + fill
    }

    private func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
