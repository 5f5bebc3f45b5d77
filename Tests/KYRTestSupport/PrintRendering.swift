import Foundation
import KYRDriver
import KYRModel

/// Renders a project's PDFs in memory, as `kyr build --format print` would, on a fixed day,
/// and writes them to a temporary folder for the PDF tools.
package enum PrintRendering {
    package static let today = ContentDate("2026-11-22")!

    package static func files(
        _ project: URL, languages: [LanguageTag] = [], paper: PaperSize? = nil, baseURL: String? = nil
    ) throws -> [OutputFile] {
        let layout = ProjectLayout(root: project.path)
        let checked = try CheckedProject.load(layout, today: today)
        var times = PhaseTimes()
        var request = BuildRequest(
            layout: layout, formats: [.print], languages: languages, today: today, translationStatus: false,
            paper: paper)
        request.baseURL = baseURL
        return try Builder.render(checked, request, times: &times)[0].result.files
    }

    /// The PDFs written under a fresh temporary folder, which lives as long as the result.
    package static func written(
        _ project: URL, languages: [LanguageTag] = [], paper: PaperSize? = nil
    ) throws -> (folder: TemporaryProject, files: [OutputFile]) {
        let files = try self.files(project, languages: languages, paper: paper)
        return (try write(files), files)
    }
}

extension PrintRendering {
    /// The languages the print tests read: Latin (two), Chinese, Arabic and Devanagari, and the source.
    package static let bundledLanguages = ["es", "pl", "zh-Hans", "ar", "hi"].map { try! LanguageTag.parse($0).get() }

    /// The bundled content's PDFs in those languages, rendered once for every test that reads them,
    /// with the address a publisher gives a preview (`--base-url`): the content has none of its own.
    package static let bundled: Result<[OutputFile], any Error> = Result {
        try files(Fixtures.packageRoot, languages: bundledLanguages, baseURL: bundledBaseURL)
    }

    package static let bundledBaseURL = "https://kyr-test.org/"

    /// Writes `files` under a fresh temporary folder.
    package static func write(_ files: [OutputFile]) throws -> TemporaryProject {
        let folder = try TemporaryProject()
        for file in files {
            try folder.write(file.path, Data(file.contents))
        }
        return folder
    }
}
