import Foundation
import KYRLoad
import KYRModel

/// `kyr new guide ID` and `kyr new agency ID`: a source-language file with every field
/// present and commented, valid as written; its texts start with "TODO:", which `kyr check`
/// reports (`placeholder-value`) until they are replaced.
package struct DocumentStarter: Sendable {
    /// What to create.
    package enum Kind: String, Sendable, CaseIterable {
        case guide, agency

        var documentKind: DocumentKind { self == .guide ? .guide : .agency }
        var noun: String { self == .guide ? "guide" : "agency note" }
    }

    package var kind: Kind
    package var id: String
    /// The day the file is written: its legal-review date.
    package var today: ContentDate

    package init(kind: Kind, id: String, today: ContentDate) {
        self.kind = kind
        self.id = id
        self.today = today
    }

    /// Refuses an ID `kyr check` would refuse as a folder name, with the same advice.
    package func validate() throws(AuthoringError) {
        guard Slug.isValid(id) else {
            let hint = Slug.suggestion(for: id).map { "; for example '\($0)'" } ?? ""
            throw .invalidArgument(
                "'\(TerminalText.escaped(id))' is not a valid ID: use lower-case letters a-z, digits and single hyphens, "
                    + "at most \(Slug.maxLength) characters\(hint)")
        }
    }

    /// The file's text, in the project's source language.
    package var text: String {
        kind == .guide ? StarterText.newGuide(today: today) : StarterText.newAgency(today: today)
    }

    /// Writes the file into the project of `layout`, in its source language (read from
    /// site.yaml); returns its display path. Refuses an ID that already has a folder.
    package func create(in layout: ProjectLayout) throws(AuthoringError) -> String {
        try validate()
        let source = try Self.sourceLanguage(layout)
        let folder = layout.contentFile(kind.documentKind.folder + "/" + id)
        if FileManager.default.fileExists(atPath: layout.path(folder)) {
            throw .exists(layout.display(folder), hint: "choose another ID, or edit the \(kind.noun) that is there")
        }
        let file = OutputFile(path: folder + "/" + source.identifier + ".yaml", text: text)
        do {
            try FileTree.write([file], into: layout.root)
        } catch {
            throw .output(error)
        }
        return layout.display(file.path)
    }

    /// The project's source language, from its site.yaml.
    static func sourceLanguage(_ layout: ProjectLayout) throws(AuthoringError) -> LanguageTag {
        let loaded: LoadResult
        do {
            loaded = try ContentLoader(layout: layout).load()
        } catch {
            throw .noProject("\(error.description); start a project with kyr init DIR")
        }
        guard let site = loaded.content.site else {
            let siteFile = layout.display(layout.contentFile("site.yaml"))
            let missing = !FileManager.default.fileExists(atPath: layout.path(layout.contentFile("site.yaml")))
            throw .noProject(
                missing
                    ? "\(siteFile) is missing: start a project with kyr init DIR, or pass the project with --project DIR"
                    : "\(siteFile) has errors, so kyr cannot tell the source language: run kyr check")
        }
        return site.sourceLanguage
    }
}
