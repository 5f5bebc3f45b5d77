import KYRModel

/// One rule across the loaded content. Rules only read the model; each reports with its own code.
package protocol ContentRule: Sendable {
    func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic]

    /// Whether the rule spreads its own work over all cores (then it runs alone).
    var isParallel: Bool { get }

    /// What a finding of the rule depends on; `.project` unless the rule says otherwise.
    var scope: RuleScope { get }
}

extension ContentRule {
    package var isParallel: Bool { false }
    package var scope: RuleScope { .project }
}

/// What a rule's findings depend on, which decides whether they may be remembered between runs.
package enum RuleScope: Sendable {
    /// A finding in a guide's files (its source, translations and history) depends on those
    /// files and on the content no guide owns (site.yaml, the interface strings, the agency
    /// notes), never on another guide: the rule, run over only some guides, finds in their
    /// files exactly what it finds there when run over all.
    case document
    /// Findings may depend on every guide (what is usual for a language, what a language lacks).
    case project
}

/// What rules may depend on besides the content: the day, so results never depend on the wall
/// clock, and the capabilities of other stages the driver lends them.
package struct CheckContext: Sendable {
    /// The day review dates are checked against.
    package var today: ContentDate
    /// Real text layout, for whether printed text fits; without it, fit is not checked.
    package var measurer: (any TextMeasuring)?
    /// What fitted when last measured; nil to measure everything.
    package var fitMemory: (any FitMemory)?
    /// What the document rules found in each guide when last run; nil to check every guide.
    package var checkMemory: (any CheckMemory)?

    package init(
        today: ContentDate, measurer: (any TextMeasuring)? = nil, fitMemory: (any FitMemory)? = nil,
        checkMemory: (any CheckMemory)? = nil
    ) {
        self.today = today
        self.measurer = measurer
        self.fitMemory = fitMemory
        self.checkMemory = checkMemory
    }
}
