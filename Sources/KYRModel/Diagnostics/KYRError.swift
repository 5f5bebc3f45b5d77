/// An error that ends a command: what to tell the user, and the exit status it ends with
/// (1 for problems in the content or templates, 2 for usage and I/O). The command line maps
/// every such error in one place.
package protocol KYRError: Error, CustomStringConvertible {
    var exitStatus: Int32 { get }
    func located(style: TerminalStyle) -> String?
}

extension KYRError {
    /// The error as a diagnostic is shown (`path:line:col: error: message`, the source line and a
    /// caret), for an error that has a place in a file; nil for the others, which the command
    /// line prefixes with `kyr: error:`.
    package func located(style: TerminalStyle) -> String? { nil }
}
