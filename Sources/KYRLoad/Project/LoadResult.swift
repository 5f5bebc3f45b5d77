import KYRModel

/// What loading a project produced: the model, every problem found, and the file texts
/// diagnostics quote.
package struct LoadResult: Sendable {
    package var content: ContentSet
    package var diagnostics: [Diagnostic]
    package var sources: SourceText

    package init(content: ContentSet, diagnostics: [Diagnostic], sources: SourceText) {
        self.content = content
        self.diagnostics = diagnostics
        self.sources = sources
    }
}

/// A problem that stops loading altogether (as opposed to a diagnostic about content).
package enum LoadError: KYRError, Equatable, Sendable {
    /// The project has no `Content/` folder.
    case noContentFolder(String)
    /// A folder could not be listed.
    case unreadableFolder(String, reason: String)
    /// `Content/` is a link to a folder outside the project.
    case outsideProject(String, target: String)

    /// The project cannot be read at all: an I/O or usage problem.
    package var exitStatus: Int32 { 2 }

    /// A sentence for the user.
    package var description: String { message }

    /// A sentence for the user.
    package var message: String {
        switch self {
        case .noContentFolder(let path):
            "no content folder at '\(path)'; pass --project with the folder that contains Content/"
        case .unreadableFolder(let path, let reason): "cannot read folder '\(path)': \(reason)"
        case .outsideProject(let path, let target):
            "'\(path)' is a symbolic link to \(target), outside the project; kyr reads only inside the project folder"
        }
    }
}
