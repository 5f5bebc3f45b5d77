import KYRModel

/// One rule across the loaded content. Rules only read the model; each reports with its own code.
package protocol ContentRule: Sendable {
    func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic]

    /// Whether the rule spreads its own work over all cores (then it runs alone).
    var isParallel: Bool { get }
}

extension ContentRule {
    package var isParallel: Bool { false }
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

    package init(today: ContentDate, measurer: (any TextMeasuring)? = nil, fitMemory: (any FitMemory)? = nil) {
        self.today = today
        self.measurer = measurer
        self.fitMemory = fitMemory
    }
}
