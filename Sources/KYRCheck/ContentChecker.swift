import KYRModel

/// Runs every rule over loaded content and returns their diagnostics in file order.
package struct ContentChecker: Sendable {
    /// The rules `kyr check` runs.
    package static let standardRules: [any ContentRule] = [
        VariableRule(), AgencyReferenceRule(), TranslationFileRule(), InterfaceStringRule(), AgencyCueRule(),
        LegalReviewRule(),
        SourceReferenceRule(), OfficialBasisRule(), OfficialSourceRule(), UnmarkedAgentLineRule(), NegativeLabelRule(),
        LookalikeDigitRule(), SMSBudgetRule(),
        PlaceholderRule(),
        TranslationComparisonRule(), LanguageTotalsRule(), PrintFitRule(),
    ]

    package var rules: [any ContentRule]
    package var context: CheckContext

    package init(context: CheckContext, rules: [any ContentRule] = ContentChecker.standardRules) {
        self.context = context
        self.rules = rules
    }

    /// Every rule's findings. With a check memory, the document rules run only over the guides
    /// whose findings it does not hold (and the content no guide owns); the guides it holds
    /// take what they found last time.
    package func check(_ content: ContentSet) -> [Diagnostic] {
        guard let memory = context.checkMemory else { return run(rules.map { ($0, content) }).flatMap { $0 } }
        let ids = content.guideIDs.sorted()
        var remembered: [(id: String, findings: [Diagnostic])] = []
        var changed: Set<String> = []
        for id in ids {
            if let findings = memory.findings(for: id) {
                remembered.append((id, findings))
            } else {
                changed.insert(id)
            }
        }
        let restricted = content.restricted(toGuides: changed)
        let jobs = rules.map { rule in (rule, rule.scope == .document ? restricted : content) }
        let found = run(jobs)
        var shared: [Diagnostic] = []
        var perGuide: [String: [Diagnostic]] = [:]
        let owners = restricted.guidesByFile
        for (rule, findings) in zip(rules, found) {
            guard rule.scope == .document else {
                shared += findings
                continue
            }
            for finding in findings {
                if let id = owners[finding.location.file] {
                    perGuide[id, default: []].append(finding)
                } else {
                    shared.append(finding)
                }
            }
        }
        for id in changed { memory.remember(perGuide[id] ?? [], for: id) }
        keepFits(of: remembered.map(\.id), in: content)
        return shared + ids.flatMap { perGuide[$0] ?? [] } + remembered.flatMap(\.findings)
    }

    /// Serial rules run side by side, one per core; a rule that spreads over all cores itself
    /// (translations) runs alone afterwards, since nesting parallel loops would leave its
    /// inner loop on one thread. Findings come back per job, in the jobs' order.
    private func run(_ jobs: [(rule: any ContentRule, content: ContentSet)]) -> [[Diagnostic]] {
        let context = context
        let serial = Parallel.map(jobs.filter { !$0.rule.isParallel }) { $0.rule.check($0.content, context: context) }
        var results = serial.makeIterator()
        return jobs.map { job in job.rule.isParallel ? job.rule.check(job.content, context: context) : results.next()! }
    }

    /// A guide whose findings were remembered was not laid out this run, yet what fitted of it
    /// still fits: looking its pairs up keeps them in the fit memory, which keeps only the
    /// pairs a run asked about.
    private func keepFits(of ids: [String], in content: ContentSet) {
        guard let fits = context.fitMemory, let site = content.site, !ids.isEmpty else { return }
        let wanted = Set(ids)
        let languages = [site.sourceLanguage] + site.languages.map(\.value)
        for guide in content.guides where wanted.contains(guide.id) {
            for language in languages { _ = fits.fits(guide, in: language) }
        }
    }
}
