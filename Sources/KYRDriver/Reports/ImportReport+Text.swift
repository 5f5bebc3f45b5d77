import KYRModel

/// What `kyr translate import` prints: each unit that was (or would be) written or refused, or
/// left alone, with why and what the checks say about it; then a summary line and the files.
extension ImportReport {
    package var text: String {
        let format = self.format == .xliff ? "XLIFF 2.0" : "PO"
        var out =
            "\(dryRun ? "would import" : "importing") \(language) from \(TerminalText.escaped(file)) (\(format)): \(outcomes.count) \(outcomes.count == 1 ? "unit" : "units")\n"
        let width = ImportOutcome.Action.allCases.map(\.rawValue.count).max() ?? 0
        for outcome in outcomes.sorted(by: { ($0.line, $0.name) < ($1.line, $1.name) })
        where outcome.action != .unchanged {
            let action = outcome.action.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            let place = outcome.line > 0 ? " (line \(outcome.line))" : ""
            out += "  \(action)  \(TerminalText.escaped(outcome.name))\(place)"
            out += outcome.detail.isEmpty ? "\n" : ": " + TerminalText.escaped(outcome.detail) + "\n"
            for finding in outcome.findings {
                out +=
                    "  \(String(repeating: " ", count: width))    \(finding.severity.rawValue): \(TerminalText.escaped(finding.message)) [\(finding.code.rawValue)]\n"
            }
        }
        let counts = ImportOutcome.Action.allCases.map { "\(count($0)) \($0.rawValue)" }
        out += "\(language): " + counts.joined(separator: ", ") + "\n"
        if written.isEmpty {
            out += dryRun ? "dry run: no file would change\n" : "no file changed\n"
        } else {
            out +=
                (dryRun ? "dry run: nothing written; would write " : "wrote ")
                + written.map(TerminalText.escaped).joined(separator: ", ") + "\n"
        }
        return out
    }
}
