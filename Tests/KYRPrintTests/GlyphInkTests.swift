import Foundation
import KYRModel
import KYRTestSupport
import Testing

/// cairo 1.16's CFF subsetter blanked 如 (and 烪 in bold) from PDFs made with Noto Sans CJK,
/// while the same text drew fine to PNG. Whatever fonts print uses, a Chinese handout with 如 in
/// a bold title and in regular text must have ink in every character cell once rasterised.
@Suite struct GlyphInkTests {
    static let title = "如果如何如实如意"
    static let text = "如果他们强行进入，不要抵抗。如实说明。"

    /// The minimal project with a Chinese translation whose title and first unit use 如.
    func chineseProject() throws -> TemporaryProject {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        var site = try project.read("Content/site.yaml")
        site = site.replacingOccurrences(of: "languages:\n  - es\n", with: "languages:\n  - es\n  - zh-Hans\n")
        try project.write("Content/site.yaml", site)
        try project.write(
            "Content/guides/at-home/zh-Hans.yaml",
            """
            state: reviewed
            units:
              title: \(Self.title)
              summary: 您不必开门。请拨打 {hotline}。
              door.title: 把门关好
              door.dont-open: \(Self.text)
              door.ask-warrant: 请把令状从门下塞进来。
              card.silent: 我会保持沉默。
              card.call: "[拨打热线]({hotline})。"
            translated-from:
              title: 81d01faa4c489c73
              summary: e350c6661a286bd9
              door.title: 6398dee212c038a3
              door.dont-open: 28a1b9b0f2ac1436
              door.ask-warrant: a370064792ef1d23
              card.silent: dda549a74b3aa269
              card.call: 15676287478e91b1

            """)
        return project
    }

    @Test(arguments: [title, text]) func everyCharacterOfTheLineHasInk(line: String) throws {
        let project = try chineseProject()
        let chinese = try LanguageTag.parse("zh-Hans").get()
        let (folder, _) = try PrintRendering.written(project.url, languages: [chinese])
        let pdf = folder.url.appendingPathComponent("zh-Hans/guides/at-home.pdf").path
        // poppler returns a run of Chinese as one word: its box, cut into equal cells, one per
        // character (Chinese characters are all one em wide).
        let word = try #require(
            try PDFTool.words(pdf, page: 1).first { $0.text == line }, "the line is extracted as written")
        let dpi = 150
        let page = try PDFTool.raster(pdf, page: 1, dpi: dpi)
        let scale = Double(dpi) / 72
        let count = line.count
        let cell = (word.xMax - word.xMin) / Double(count)
        for (index, character) in line.enumerated() {
            let left = Int(((word.xMin + Double(index) * cell) * scale).rounded())
            let right = Int(((word.xMin + Double(index + 1) * cell) * scale).rounded())
            let top = Int((word.yMin * scale).rounded())
            let bottom = Int((word.yMax * scale).rounded())
            var ink = 0
            for y in top..<bottom {
                for x in left..<right where page.pixels[y * page.width + x] < 128 {
                    ink += 1
                }
            }
            // A full-width character inks a good share of its cell; punctuation much less,
            // but never nothing.
            let minimum = "，。".contains(character) ? 2 : (right - left) * (bottom - top) / 20
            #expect(ink >= minimum, "'\(character)' (character \(index + 1) of '\(line)') has \(ink) dark pixels")
        }
    }
}
