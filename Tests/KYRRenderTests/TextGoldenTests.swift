import Foundation
import KYRTestSupport
import Testing

@testable import KYRRender

/// Every file of the multilingual fixture's text output (English, Spanish, Arabic and Chinese,
/// partly translated), byte for byte, in `Golden/text/site-multilingual/`. `KYR_RECORD=1`
/// rewrites them; review the diff.
@Suite struct TextGoldenTests {
    @Test func multilingualTextsMatchGoldenFiles() throws {
        let files = try TextRendering.build(Fixtures.project("site-multilingual")).text
        try Golden.check(files.map(\.path).joined(separator: "\n") + "\n", matches: "text/site-multilingual/FILES")
        for file in files {
            try Golden.check(file.text, matches: "text/site-multilingual/" + file.path)
        }
    }

    /// The same content renders to the same bytes.
    @Test func renderingIsDeterministic() throws {
        let project = Fixtures.project("site-multilingual")
        #expect(try TextRendering.build(project).text == TextRendering.build(project).text)
    }

    /// `--width 0`: lines as the templates write them.
    @Test func widthZeroDoesNotWrap() throws {
        let wrapped = try TextRendering.files(Fixtures.project("site-multilingual"), width: 20)
        let unwrapped = try TextRendering.files(Fixtures.project("site-multilingual"), width: 0)
        let path = "en/guides/at-home.txt"
        #expect(
            try #require(wrapped[path]).split(separator: "\n").count > unwrapped[path]!.split(separator: "\n").count)
        #expect(
            unwrapped[path]!.contains("! Kind warning")
                || unwrapped[path]!.contains("You do not have to open the door. Call 1-855-435-7693."))
        // Messages are never wrapped.
        #expect(wrapped["es/guides/at-home.sms.txt"] == unwrapped["es/guides/at-home.sms.txt"])
    }

    /// A phrase whose English changed after it was translated is outdated: the text shows the
    /// current English in its place (under the fallback notice), not the old translation beside it.
    @Test func anOutdatedPhraseShowsTheCurrentEnglish() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(
                of: "text: Please slide the warrant under the door.",
                with: "text: Please show the warrant at the window."))
        let spanish = try #require(try TextRendering.files(project.url)["es/guides/at-home.txt"])
        #expect(spanish.contains("ES kind say:\n    Please show the warrant at the window.\n"))
        #expect(!spanish.contains("Por favor, pase la orden"))
        #expect(
            spanish.components(separatedBy: "Please show the warrant at the window.").count == 2,
            "the current English once, with no English beside it")
        #expect(spanish.contains("ES fallback notice"))
    }
}
