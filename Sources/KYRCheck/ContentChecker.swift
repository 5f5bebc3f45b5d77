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

    /// Rules run one after another: the expensive one (translations) spreads over all cores
    /// itself, and nesting parallel loops would leave its inner loop on one thread.
    public func check(_ content: ContentSet) -> [Diagnostic] {
        rules.flatMap { $0.check(content, context: context) }
}
}
