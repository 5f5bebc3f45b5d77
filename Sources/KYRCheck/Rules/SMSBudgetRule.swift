import KYRModel

/// A guide whose SMS takes more segments than site.yaml's budget in some language: split
/// messages cost networks money and arrive in pieces, out of order. One warning per guide,
/// at its `message` (or its `summary`, where a `message` would go), naming each language. Also
/// one whose first segment does not hold the whole hotline number even with the number first
/// (a number longer than a segment), which a reader could take for the whole number.
package struct SMSBudgetRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        guard content.site != nil else { return [] }
        let report = SMSReport(content: content, localizer: Localizer(content: content))
        let split = Dictionary(grouping: report.entries.filter { !$0.hotlineWhole }, by: \.guide)
        let splitFindings = split.keys.sorted().map { id in
            Diagnostic(
                .smsHotlineSplit,
                "the first SMS segment of guide '\(id)' does not hold the whole hotline number in "
                    + split[id]!.map(\.language.identifier).joined(separator: ", ")
                    + "; shorten the hotline variable in site.yaml",
                at: split[id]![0].location)
        }
        let over = Dictionary(grouping: report.overBudget, by: \.guide)
        return splitFindings
            + over.keys.sorted().map { id in
                let entries = over[id]!
                let list = entries.map { "\($0.language) (\($0.measure.segments), \($0.measure.encoding.rawValue))" }
                let advice =
                    entries[0].isShortMessage
                    ? "shorten its message"
                    : "give the guide a shorter message (the message key)"
                return Diagnostic(
                    .smsOverBudget,
                    "the SMS of guide '\(id)' is over the budget of \(report.budget) segment\(report.budget == 1 ? "" : "s") (sms-segments in site.yaml) in "
                        + "\(list.joined(separator: ", ")); \(advice), or see kyr sms",
                    at: entries[0].location)
            }
    }
}
