import KYRModel

/// Runs every rule over loaded content and returns their diagnostics in file order.
public struct ContentChecker: Sendable {
    /// The rules `kyr check` runs.
    public static let standardRules: [any ContentRule] = [
        VariableRule(), AgencyReferenceRule(), TranslationFileRule(), InterfaceStringRule(), AgencyCueRule(), LegalReviewRule(),
        TranslationComparisonRule(),
    ]

    public var rules: [any ContentRule]
    public var context: CheckContext

    public init(context: CheckContext, rules: [any ContentRule] = ContentChecker.standardRules) {
        self.context = context
        self.rules = rules
    }

    /// Rules are independent of each other: they run side by side.
    public func check(_ content: ContentSet) -> [Diagnostic] {
        let context = context
        return Parallel.map(rules.map { RuleBox(rule: $0) }) { $0.rule.check(content, context: context) }.flatMap { $0 }
    }
}

/// Rules are Sendable values; the box only gives `Parallel.map` a concrete element type.
private struct RuleBox: Sendable {
    let rule: any ContentRule
}
