import KYRModel

/// What loading a project produced: the model, every problem found, and the file texts
/// diagnostics quote.
public struct LoadResult: Sendable {
    public var content: ContentSet
    public var diagnostics: [Diagnostic]
    public var sources: SourceText

    public init(content: ContentSet, diagnostics: [Diagnostic], sources: SourceText) {
        self.content = content
        self.diagnostics = diagnostics
        self.sources = sources
    }
}

/// A problem that stops loading altogether (as opposed to a diagnostic about content).
public enum LoadError: Error, Equatable, Sendable {
    /// The project has no `Content/` folder.
    case noContentFolder(String)
    /// A folder could not be listed.
    case unreadableFolder(String, reason: String)

    /// A sentence for the user.
    public var message: String {
        switch self {
        case .noContentFolder(let path): "no content folder at '\(path)'; pass --project with the folder that contains Content/"
        case .unreadableFolder(let path, let reason): "cannot read folder '\(path)': \(reason)"
        }
    }
}
