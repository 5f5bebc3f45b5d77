/// How reports meant for people look on a terminal: plain (the default: files, pipes, tests,
/// golden files, `NO_COLOR`), or with ANSI colours, which the command line asks for only
/// when it writes to a terminal.
package enum TerminalStyle: Sendable {
    case plain
    case ansi

    /// `text` in bold.
    package func bold(_ text: String) -> String { wrap(text, "1") }

    /// A severity word in its colour: errors red, warnings magenta, notes cyan, all bold.
    package func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: wrap(severity.rawValue, "1;31")
        case .warning: wrap(severity.rawValue, "1;35")
        case .note: wrap(severity.rawValue, "1;36")
        }
    }

    /// The caret under a column: bold green, as compilers show it.
    package func caret(_ text: String) -> String { wrap(text, "1;32") }

    /// A diagnostic code, dimmed: it is for looking up, not for reading first.
    package func dim(_ text: String) -> String { wrap(text, "2") }

    /// `count` problems of `severity` in the summary line, coloured when there are any.
    package func count(_ text: String, _ severity: Severity, _ count: Int) -> String {
        count == 0 ? text : self == .plain ? text : wrap(text, severity == .error ? "1;31" : "1;35")
    }

    private func wrap(_ text: String, _ code: String) -> String {
        self == .plain ? text : "\u{1B}[" + code + "m" + text + "\u{1B}[0m"
    }
}
