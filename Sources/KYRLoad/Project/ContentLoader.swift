import Dispatch
import Foundation
import KYRModel

/// Loads a project's `Content/` folder into the model, collecting every problem of the run
/// instead of stopping at the first.
package struct ContentLoader: Sendable {
    /// Where the project's files are and how messages name them.
    package let layout: ProjectLayout
    /// Files read from memory instead of the disk, by project-relative path
    /// (`Content/guides/at-home/es.yaml`); a path with no file yet is loaded as if it existed.
    /// An import loads and checks exactly the bytes it is about to write this way.
    package let overlay: [String: [UInt8]]

    /// A loader for the project at `layout`; diagnostics name files relative to it, prefixed by
    /// the folder as the user wrote it.
    package init(layout: ProjectLayout, overlay: [String: [UInt8]] = [:]) {
        self.layout = layout
        self.overlay = overlay
    }

    /// A loader for the project in `projectDirectory`.
    package init(projectDirectory: String) {
        self.init(layout: ProjectLayout(root: projectDirectory))
    }

    /// Reads and decodes every content file. Throws only when the folder itself is unusable.
    package func load() throws(LoadError) -> LoadResult {
        var scanner = ContentScanner(layout: layout)
        var files = try scanner.scan()
        if !overlay.isEmpty {
            let scanned = Set(files.map(\.relativePath))
            files += overlay.keys.sorted().filter { !scanned.contains($0) }.compactMap { scanner.file(atPath: $0) }
            files.sort { $0.relativePath < $1.relativePath }
        }
        var diagnostics = scanner.diagnostics
        var sources = SourceText()

        var content = ContentSet(fileCount: files.count)
        let siteFile = files.first { if case .site = $0.role { true } else { false } }
        var sourceLanguage = LanguageTag.english
        if let siteFile {
            let outcome = load(siteFile, sourceLanguage: sourceLanguage)
            diagnostics += outcome.diagnostics
            if let text = outcome.text { sources.add(file: siteFile.displayPath, contents: text) }
            if case .site(let site) = outcome.payload {
                content.site = site
                sourceLanguage = site.sourceLanguage
            } else if let declared = outcome.declaredSourceLanguage {
                sourceLanguage = declared
            }
        } else {
            diagnostics.append(
                Diagnostic(
                    .missingFile, "missing site.yaml: every project needs one (see docs/content-format.md)",
                    at: .file(layout.display(layout.contentFile("site.yaml")))))
        }

        let others = files.filter { if case .site = $0.role { false } else { true } }
        let language = sourceLanguage
        let outcomes = Parallel.map(others) { load($0, sourceLanguage: language) }
        for (file, outcome) in zip(others, outcomes) {
            diagnostics += outcome.diagnostics
            if outcome.diagnostics.hasErrors { content.filesWithErrors.insert(file.displayPath) }
            if let text = outcome.text { sources.add(file: file.displayPath, contents: text) }
            if case .document(let kind, let id, let language) = file.role {
                if language == sourceLanguage {
                    content.presentSources[kind, default: []].insert(id)
                } else {
                    content.presentTranslations[DocumentRef(kind, id).translation(language)] = file.displayPath
                }
            }
            switch outcome.payload {
            case .guide(let guide): content.guides.append(guide)
            case .agency(let note): content.agencies.append(note)
            case .strings(let strings): content.strings = strings
            case .translation(let translation): content.translations.append(translation)
            case .history(let document, let texts): content.histories[document] = texts
            case .site, .none: break
            }
        }
        content.builtInStrings = BuiltInStringsLoader.loaded.strings
        if content.presentSources[.strings] == nil, !content.builtInStrings.covers(sourceLanguage) {
            diagnostics.append(
                Diagnostic(
                    .missingFile,
                    "missing strings/\(sourceLanguage).yaml: kyr has no built-in interface strings in '\(sourceLanguage)', so the project must define every one",
                    at: .file(layout.display(layout.contentFile("strings/\(sourceLanguage).yaml")))))
        }
        return LoadResult(content: content, diagnostics: diagnostics, sources: sources)
    }

    /// One file, from the overlay when it holds the file.
    private func load(_ file: ContentFile, sourceLanguage: LanguageTag) -> FileLoading.Outcome {
        if let bytes = overlay[file.relativePath] {
            return FileLoading.decode(bytes, file, sourceLanguage: sourceLanguage)
        }
        return FileLoading.load(file, sourceLanguage: sourceLanguage)
    }

}
