/// Bounds on how many diagnostics one unit or one file reports: a hostile or broken file
/// (one number repeated sixty thousand times) must not turn into hundreds of megabytes of
/// output. What is left out is counted in one diagnostic that says so, with the severity of
/// the worst finding it stands for, so exit statuses do not change.
package enum DiagnosticLimit {
    /// Findings kept for one translated unit.
    package static let perUnit = 8
    /// Diagnostics kept for one file.
    package static let perFile = 200

    /// `findings` about one unit, at most `perUnit` of them, the rest counted at `location`.
    package static func unit(_ findings: [Diagnostic], key: String, at location: SourceLocation) -> [Diagnostic] {
        guard findings.count > perUnit else { return findings }
        let left = findings[perUnit...]
        return Array(findings.prefix(perUnit)) + [
            omitted(left.count, "for '\(key)'", at: location, worst: left.map(\.severity).max() ?? .warning)
        ]
    }

    /// `diagnostics` (sorted by file), at most `perFile` for each file, the rest counted at the file.
    package static func files(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        out.reserveCapacity(diagnostics.count)
        var start = 0
        while start < diagnostics.count {
            var end = start + 1
            let file = diagnostics[start].location.file
            while end < diagnostics.count, diagnostics[end].location.file == file { end += 1 }
            if end - start > perFile {
                out += diagnostics[start..<(start + perFile)]
                let left = diagnostics[(start + perFile)..<end]
                out.append(
                    omitted(
                        left.count, "in this file", at: .file(file), worst: left.map(\.severity).max() ?? .warning))
            } else {
                out += diagnostics[start..<end]
            }
            start = end
        }
        return out
    }

    private static func omitted(_ count: Int, _ place: String, at location: SourceLocation, worst: Severity)
        -> Diagnostic
    {
        Diagnostic(
            .omitted,
            "\(count) more \(count == 1 ? "finding" : "findings") \(place) not shown; fix the ones above first",
            at: location, severity: worst)
    }
}
