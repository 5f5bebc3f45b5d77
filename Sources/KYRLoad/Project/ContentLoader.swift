import Dispatch
import Foundation
import KYRModel

/// Loads a project's `Content/` folder into the model, collecting every problem of the run
/// instead of stopping at the first.
public struct ContentLoader: Sendable {
    /// The folder that contains `Content/`.
    public let projectDirectory: String
    /// What diagnostics print before `Content/...`: empty for the current folder.
    public let displayPrefix: String

    /// A loader for `projectDirectory`; diagnostics name files relative to it, prefixed by
    /// the directory as the user wrote it.
    public init(projectDirectory: String) {
        self.projectDirectory = projectDirectory
        let trimmed = projectDirectory.hasSuffix("/") ? String(projectDirectory.dropLast()) : projectDirectory
        displayPrefix = (trimmed == "." || trimmed.isEmpty) ? "" : trimmed + "/"
    }

    /// Reads and decodes every content file. Throws only when the folder itself is unusable.
    public func load() throws(LoadError) -> LoadResult {
        var scanner = ContentScanner(projectDirectory: projectDirectory, displayPrefix: displayPrefix)
        let files = try scanner.scan()
        var diagnostics = scanner.diagnostics
        var sources = SourceText()

        var content = ContentSet(fileCount: files.count)
        let siteFile = files.first { if case .site = $0.role { true } else { false } }
        var sourceLanguage = LanguageTag.english
        if let siteFile {
            let outcome = FileLoading.load(siteFile, sourceLanguage: sourceLanguage)
            diagnostics += outcome.diagnostics
            if let text = outcome.text { sources.add(file: siteFile.displayPath, contents: text) }
            if case .site(let site) = outcome.payload {
                content.site = site
                sourceLanguage = site.sourceLanguage
            } else if let declared = outcome.declaredSourceLanguage {
                sourceLanguage = declared
            }
        } else {
            diagnostics.append(Diagnostic(.missingFile, "missing site.yaml: every project needs one (see docs/content-format.md)",
                                          at: .file(displayPrefix + "Content/site.yaml")))
        }

        let others = files.filter { if case .site = $0.role { false } else { true } }
        let language = sourceLanguage
        let outcomes = Parallel.map(others) { FileLoading.load($0, sourceLanguage: language) }
        for (file, outcome) in zip(others, outcomes) {
            diagnostics += outcome.diagnostics
            if outcome.diagnostics.hasErrors { content.filesWithErrors.insert(file.displayPath) }
            if let text = outcome.text { sources.add(file: file.displayPath, contents: text) }
            if case .document(let kind, let id, let language) = file.role {
                if language == sourceLanguage {
                    content.presentSources[kind, default: []].insert(id)
                } else {
                    content.presentTranslations.insert(kind.documentPath(id) + "/" + language.identifier)
                }
            }
            switch outcome.payload {
            case .guide(let guide): content.guides.append(guide)
            case .agency(let note): content.agencies.append(note)
            case .strings(let strings): content.strings = strings
            case .translation(let translation): content.translations.append(translation)
            case .history(let path, let texts): content.histories[path] = texts
            case .site, .none: break
            }
        }
        if content.presentSources[.strings] == nil {
            diagnostics.append(Diagnostic(.missingFile, "missing strings/\(sourceLanguage).yaml: the interface strings in the source language",
                                          at: .file(displayPrefix + "Content/strings/\(sourceLanguage).yaml")))
        }
        return LoadResult(content: content, diagnostics: diagnostics, sources: sources)
    }

}
