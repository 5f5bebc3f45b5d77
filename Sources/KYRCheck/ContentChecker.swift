import KYRModel

/// Runs every rule over loaded content and returns their diagnostics in file order.
package struct ContentChecker: Sendable {
    /// The rules `kyr check` runs.
    package static let standardRules: [any ContentRule] = [
        VariableRule(), AgencyReferenceRule(), TranslationFileRule(), InterfaceStringRule(), AgencyCueRule(),
        LegalReviewRule(),
        SourceReferenceRule(), OfficialBasisRule(), NegativeLabelRule(), LookalikeDigitRule(), SMSBudgetRule(),
        PlaceholderRule(),
        TranslationComparisonRule(), PrintFitRule(),
    ]

    package var rules: [any ContentRule]
    package var context: CheckContext

    package init(context: CheckContext, rules: [any ContentRule] = ContentChecker.standardRules) {
        self.context = context
        self.rules = rules
    }

    /// Serial rules run side by side, one per core; a rule that spreads over all cores itself
    /// (translations) runs alone afterwards, since nesting parallel loops would leave its
    /// inner loop on one thread. Diagnostics keep the rules' order.
    package func check(_ content: ContentSet) -> [Diagnostic] {
        let context = context
        let serial = Parallel.map(rules.indices.filter { !rules[$0].isParallel }.map { rules[$0] }) {
            $0.check(content, context: context)
        }
        var results = serial.makeIterator()
        return rules.flatMap { rule in rule.isParallel ? rule.check(content, context: context) : results.next()! }
    }
}
