/// Where everything of one project lives: its content, templates, translation history and
/// outputs, and how messages name those files. Every module asks this value for a path
/// instead of appending folder names of its own.
package struct ProjectLayout: Sendable, Hashable {
    /// The project folder as the user named it (`.`, `../network`, `/srv/kyr`).
    package let root: String
    /// Where outputs go: `--output`, or `Output` under the project.
    package let outputRoot: String
    /// What messages print before a project-relative path: empty for the current folder.
    package let displayPrefix: String

    package static let contentFolder = "Content"
    package static let templatesFolder = "Templates"
    package static let outputFolder = "Output"

    /// The layout of the project at `root`, writing outputs to `output` when given.
    package init(root: String, output: String? = nil) {
        let trimmed = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.root = trimmed.isEmpty ? "." : trimmed
        displayPrefix = (trimmed == "." || trimmed.isEmpty) ? "" : trimmed == "/" ? "/" : trimmed + "/"
        outputRoot = output ?? (self.root == "." ? Self.outputFolder : self.root + "/" + Self.outputFolder)
    }

    /// The file system path of `relative` (a path under the project, `Content/site.yaml`).
    package func path(_ relative: String) -> String {
        (root == "/" ? "" : root) + "/" + relative
    }

    /// How messages name the file at `relative`.
    package func display(_ relative: String) -> String {
        displayPrefix + relative
    }

    /// The project-relative path of the file messages name `display` (`display`'s inverse); a
    /// name without the prefix is returned as it is.
    package func relative(_ display: String) -> String {
        display.hasPrefix(displayPrefix) ? String(display.dropFirst(displayPrefix.count)) : display
    }

    /// `Content/`.
    package var content: String { path(Self.contentFolder) }

    /// The project-relative path of a file under `Content/` (`guides/at-home/es.yaml`).
    package func contentFile(_ relative: String) -> String {
        Self.contentFolder + "/" + relative
    }

    /// The project-relative path of a translation file.
    package func translationFile(_ translation: TranslationRef) -> String {
        contentFile(translation.document.path + "/" + translation.language.identifier + ".yaml")
    }

    /// The project-relative path of the history of `document`: the source texts its
    /// translations were stamped against (`Content/history/guides/at-home.yaml`).
    package func history(_ document: DocumentRef) -> String {
        contentFile("history/" + document.path + ".yaml")
    }

    /// The project-relative folder of a format's templates (`Templates/html`).
    package func templates(_ format: String) -> String {
        Self.templatesFolder + "/" + format
    }

    /// Where a format's output folder goes (`Output/site`).
    package func output(_ folder: String) -> String {
        outputRoot + "/" + folder
    }
}
