import KYRModel

/// What the document rules (`RuleScope.document`) found in each guide's files when last run,
/// kept by the driver between runs: a guide none of whose inputs changed is not checked again.
/// Keyed by guide ID; the memory decides, from the files it hashed, whether what it holds
/// still applies to the guide as loaded now.
package protocol CheckMemory: Sendable {
    /// The findings in `guide`'s files when last checked with the same inputs; nil when unknown.
    func findings(for guide: String) -> [Diagnostic]?
    /// The document rules found `findings` in `guide`'s files as loaded now.
    func remember(_ findings: [Diagnostic], for guide: String)
}
