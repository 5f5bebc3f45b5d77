import KYRModel

/// `allow: {code: reason}` on a translated unit silences one check, with a reason a reviewer
/// can read. A silence without a reason is itself a warning; an unknown code is an error.
enum Allowances {
    static func apply(to findings: [Diagnostic], of unit: TranslationFile.Unit) -> [Diagnostic] {
        if unit.allowances.isEmpty { return findings }
        var out: [Diagnostic] = []
        for allowance in unit.allowances {
            let code = allowance.code.value
            guard let known = DiagnosticCode(rawValue: code), DiagnosticCode.silenceable.contains(known) else {
                let names = DiagnosticCode.silenceable.map(\.rawValue)
                out.append(
                    Diagnostic(
                        .invalidValue,
                        "'\(code)' cannot be allowed; a unit may allow: \(names.joined(separator: ", "))"
                            + Suggestion.clause(for: code, in: names), at: allowance.code.location))
                continue
            }
            if allowance.reason.allSatisfy(\.isWhitespace) {
                out.append(
                    Diagnostic(
                        .unexplainedAllow, "'\(unit.key.value)' allows \(code) without a reason; write why",
                        at: allowance.code.location))
            }
        }
        let allowed = Set(unit.allowances.map(\.code.value))
        return out + findings.filter { !allowed.contains($0.code.rawValue) }
    }
}
