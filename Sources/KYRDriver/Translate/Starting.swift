import Foundation
import KYRExchange
import KYRLoad
import KYRModel

/// `kyr translate init`: skeleton translation files for a language, never over a file that exists.
package enum Starting {
    /// What was written, and what was left because it exists.
    package struct Outcome: Sendable {
        package var written: [String] = []
        package var existing: [String] = []
    }

    /// Writes skeletons for the documents `selections` name (every document when empty) in
    /// `language`, which site.yaml must list.
    package static func start(
        _ layout: ProjectLayout, language: LanguageTag, selections: [StampSelection], today: ContentDate
    ) throws -> Outcome {
        let lock = try FolderLock(folder: layout.content)
        defer { lock.release() }
        let checked = try CheckedProject.load(layout, today: today)
        let content = checked.content
        guard let site = content.site else { throw Stamping.Failure.unknown("the project has no usable site.yaml") }
        guard site.languages.contains(where: { $0.value == language }) else {
            throw Stamping.Failure.unknown(
                "'\(language)' is not among the languages of site.yaml; add it first, under languages: in "
                    + layout.display(layout.contentFile("site.yaml")) + " (for example: languages: [..., \(language)])")
        }
        if let problem = Stamping.problem(with: [], selections.map { StampSelection(documentOf: $0) }, in: content) {
            throw Stamping.Failure.unknown(problem)
        }
        let wanted = Set(selections.map(\.documentPath))
        var outcome = Outcome()
        for document in content.sourceDocuments where wanted.isEmpty || wanted.contains(document.ref.path) {
            let relative = layout.translationFile(document.ref.translation(language))
            let display = layout.display(relative)
            if content.presentTranslations[document.ref.translation(language)] != nil {
                outcome.existing.append(display)
                continue
            }
            try FileTree.makeFolders((layout.path(relative) as NSString).deletingLastPathComponent)
            let text = TranslationSkeleton.text(for: document, language: language, sourceLanguage: site.sourceLanguage)
            try ContentFileWriter.create(text, at: layout.path(relative), display: display)
            outcome.written.append(display)
        }
        return outcome
    }
}
