import KYRModel

/// `kyr sms`: each guide's SMS per language, for terminals and for tools.
extension SMSReport {
    /// An aligned table, then the budget and how many messages are over it.
    package func table() -> String {
        let columns = [
            ("guide", 20, false), ("language", 8, false), ("encoding", 8, false), ("length", 6, true),
            ("segments", 8, true),
        ]
        func row(_ cells: [String]) -> String {
            zip(cells, columns).map { cell, column in
                let fill = String(repeating: " ", count: max(0, column.1 - TerminalWidth.width(of: cell)))
                return column.2 ? fill + cell : cell + fill
            }.joined(separator: "  ")
        }
        var out = row(columns.map(\.0)) + "\n"
        for entry in entries {
            let over = entry.measure.segments > budget
            out +=
                row([
                    entry.guide, entry.language.identifier, entry.measure.encoding.rawValue,
                    String(entry.measure.units), String(entry.measure.segments),
                ]) + (over ? "  over" : "") + (entry.isShortMessage ? "  (message)" : "") + "\n"
        }
        out +=
            "\nbudget: \(budget) segment\(budget == 1 ? "" : "s") (sms-segments in site.yaml); "
            + "\(overBudget.count) of \(entries.count) messages over it\n"
        out += "length: GSM-7 septets (extension characters count 2) or UCS-2 code units (emoji count 2)\n"
        return out
    }

    /// JSON with a fixed key order.
    package func json() -> String {
        let q = JSONString.quote
        let rows = entries.map { entry in
            "    {\"guide\": \(q(entry.guide)), \"language\": \(q(entry.language.identifier)), "
                + "\"encoding\": \(q(entry.measure.encoding.rawValue)), \"length\": \(entry.measure.units), "
                + "\"segments\": \(entry.measure.segments), \"over-budget\": \(entry.measure.segments > budget), "
                + "\"short-message\": \(entry.isShortMessage)}"
        }
        return
            "{\n  \"budget\": \(budget),\n  \"messages\": [\(rows.isEmpty ? "" : "\n" + rows.joined(separator: ",\n") + "\n  ")]\n}\n"
    }
}
