import KYRModel
import KYRRender

/// Why a build stopped before writing anything.
package enum BuildError: KYRError, Sendable {
    /// The content has errors; `kyr check` shows them.
    case contentErrors
    /// A language asked for is not among those site.yaml lists.
    case unlistedLanguage(LanguageTag)
    /// There is nothing to publish (no site.yaml or strings).
    case nothingToPublish(Publication.Problem)
    /// A template does not parse or cannot be read.
    case template(RenderError)
    /// The output could not be written, or was refused.
    case output(OutputError)

    package var exitStatus: Int32 {
        switch self {
        case .contentErrors, .nothingToPublish, .template: 1
        case .unlistedLanguage, .output: 2
        }
    }

    /// A template that does not parse, shown with its line and a caret.
    package func located(style: TerminalStyle) -> String? {
        guard case .template(let error) = self, error.line > 0 else { return nil }
        return DiagnosticPrinter(sources: SourceText(), style: style).text(error)
    }

    package var description: String {
        switch self {
        case .contentErrors: "the content has errors; run kyr check"
        case .unlistedLanguage(let language): "'\(language)' is not among the languages of site.yaml"
        case .nothingToPublish(let problem): problem.message
        case .template(let error): error.description
        case .output(let error): "cannot write the site: \(error)"
        }
    }
}
