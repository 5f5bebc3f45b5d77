/// How serious a diagnostic is: errors fail `kyr check`; warnings fail it only with `--strict`;
/// notes (translation work in languages that are not published) never do.
package enum Severity: String, Sendable, Comparable {
    case note
    case warning
    case error

    package static func < (lhs: Severity, rhs: Severity) -> Bool {
        let order: [Severity] = [.note, .warning, .error]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
