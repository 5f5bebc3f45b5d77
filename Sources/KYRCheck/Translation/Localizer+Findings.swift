import KYRModel

extension Localizer {
    /// `findings` about `language`'s translations, marked as that language's. In a language
    /// that is not published they are notes: work in progress, not failures.
    func owned(_ findings: [Diagnostic], by language: LanguageTag) -> [Diagnostic] {
        let published = policy(for: language).mode != .never
        return findings.map { finding in
            var finding = finding
            if !published, finding.severity != .error || DiagnosticCode.translationCodes.contains(finding.code) {
                finding.severity = .note
            }
            finding.language = language
            return finding
        }
    }
}
