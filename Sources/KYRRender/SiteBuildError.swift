/// Why a site could not be built. Content errors are reported by `kyr check` before this.
public enum SiteBuildError: Error, Equatable, Sendable {
    /// A template does not parse; `file` is its path (a project file, or `bundled:<name>`).
    case template(file: String, line: Int, column: Int, message: String)
    /// The project has no content to build (no `site.yaml` or strings file).
    case incompleteContent(String)
    /// The output could not be written; nothing was replaced.
    case output(String)

    /// One line for the terminal.
    public var message: String {
        switch self {
        case .template(let file, let line, let column, let message): "\(file):\(line):\(column): error: \(message)"
        case .incompleteContent(let message): message
        case .output(let message): "cannot write the site: \(message)"
        }
    }
}
