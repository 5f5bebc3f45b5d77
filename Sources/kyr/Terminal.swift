import Foundation
import KYRModel

/// Whether what kyr writes goes to a person at a terminal: only then does it colour
/// diagnostics or show a progress line. Piped or redirected output, `TERM=dumb` and
/// `NO_COLOR` (any value but empty, as no-color.org asks) keep it plain.
enum Terminal {
    /// The style of reports written to standard output.
    static var standardOutput: TerminalStyle { style(for: STDOUT_FILENO) }
    /// The style of reports written to standard error.
    static var standardError: TerminalStyle { style(for: STDERR_FILENO) }

    static func style(for descriptor: Int32) -> TerminalStyle {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return isInteractive(descriptor) && !noColor ? .ansi : .plain
    }

    /// Whether `descriptor` is a terminal that understands escape sequences.
    static func isInteractive(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
