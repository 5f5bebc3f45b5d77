import Foundation
import KYRDriver
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRPrint

/// The bundled content's PDFs, read back with the tools readers' software uses: well-formed,
/// fonts embedded, text extractable in every script, the right pages and sizes.
@Suite struct PrintedPDFTests {
    static let languages = [LanguageTag.english] + PrintRendering.bundledLanguages

    func bundled() throws -> (folder: TemporaryProject, files: [OutputFile]) {
        let files = try PrintRendering.bundled.get()
        return (try PrintRendering.write(files), files)
    }

    func publication() throws -> Publication {
        let checked = try Checking.project(Fixtures.packageRoot.path)
        return try Publication(localizer: checked.localizer, languages: Self.languages, today: Checking.today)
    }

    /// Collapsed whitespace, for comparing extracted text with the source (lines wrap).
    func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func everyLanguageGetsHandoutsBilingualHandoutsAndCards() throws {
        let (_, files) = try bundled()
        let publication = try publication()
        var expected: Set<String> = []
        for language in Self.languages {
            let tag = language.identifier
            expected.insert("\(tag)/cards.pdf")
            for guide in publication.guides where publication.isPublished(guide.ref, in: language) {
                expected.insert("\(tag)/guides/\(guide.id).pdf")
                if language != .english { expected.insert("\(tag)/guides/\(guide.id).\(tag)-en.pdf") }
                if !guide.card.isEmpty { expected.insert("\(tag)/card-\(guide.id).pdf") }
            }
        }
        #expect(Set(files.map(\.path)) == expected)
        #expect(files.map(\.path) == files.map(\.path).sorted())
    }

    /// qpdf finds no structural problem; every font is embedded (subset) with a Unicode map,
    /// and is one kyr names: nothing fell back to a font nobody chose (no DejaVu for Arabic,
    /// no Noto Sans CJK, whose CFF outlines cairo 1.16 can blank); the text extracts.
    @Test func everyPDFIsWellFormedAndEmbedsOnlyItsChosenFonts() throws {
        let (folder, files) = try bundled()
        let allowed = ["NotoSans-", "NotoNaskhArabic-", "NotoSansDevanagari-", "WenQuanYiMicroHei", "CairoFont-"]
        for file in files {
            let path = folder.url.appendingPathComponent(file.path).path
            let check = try PDFTool.run("qpdf", ["--check", path])
            #expect(check.status == 0, "\(file.path): \(check.output)")
            let fonts = try PDFTool.fonts(path)
            #expect(!fonts.isEmpty, "\(file.path)")
            // Every PDF's text comes back out: each carries the hotline, on its cards' both sides.
            let text = try PDFTool.text(path)
            let hotlines = text.components(separatedBy: "1-855-435-7693").count - 1
            #expect(hotlines >= (file.path.contains("card") ? 2 : 1), "\(file.path): the hotline extracts")
            for font in fonts {
                #expect(font.embedded && font.unicode, "\(file.path): \(font.name)")
                #expect(allowed.contains { font.name.hasPrefix($0) }, "\(file.path): unexpected font \(font.name)")
            }
        }
    }

    @Test func pagesAreOnThePaperAndCardsOnTheCard() throws {
        let (folder, files) = try bundled()
        let publication = try publication()
        let withCards = publication.guides.filter { !$0.card.isEmpty }.count
        for file in files {
            let sizes = try PDFTool.pageSizes(folder.url.appendingPathComponent(file.path).path)
            if file.path.contains("/card-") {
                // 3.5 × 2 in with 1/8 in of bleed on every side; front and back.
                #expect(sizes.count == 2, "\(file.path)")
                #expect(sizes.allSatisfy { abs($0.width - 270) < 0.01 && abs($0.height - 162) < 0.01 }, "\(file.path)")
            } else {
                #expect(sizes.allSatisfy { $0.width == 612 && $0.height == 792 }, "\(file.path): letter")
                if file.path.hasSuffix("/cards.pdf") {
                    // Per guide, a sheet of fronts and a sheet of backs.
                    #expect(sizes.count == 2 * withCards, "\(file.path)")
                } else {
                    // The longest, someone-detained beside its English, takes 7 to 8.
                    #expect((1...10).contains(sizes.count), "\(file.path): \(sizes.count) pages")
                }
            }
        }
    }

    /// Spanish, Polish and Chinese come back exactly from poppler; so does Hindi.
    @Test(arguments: ["es", "pl", "zh-Hans", "hi"]) func textIsExtractable(tag: String) throws {
        let (folder, _) = try bundled()
        let publication = try publication()
        let language = try LanguageTag.parse(tag).get()
        let guide = try #require(publication.guides.first { $0.id == "at-home" })
        let localized = publication.localized(guide, in: language)
        let text = try PDFTool.text(folder.url.appendingPathComponent("\(tag)/guides/at-home.pdf").path)
        let variables = publication.site.variables
        let title = PlainTextFormat.plain(localized.title.text, variables: variables)
        let unit = PlainTextFormat.plain(
            localized.text(of: guide.sections[0].units[0], in: guide.sections[0]).text, variables: variables)
        // Lines wrap at spaces, after slashes ("Pana/ Pani") and anywhere in Chinese: compare
        // without any whitespace.
        let squeeze = { (text: String) in text.filter { !$0.isWhitespace } }
        #expect(squeeze(text).contains(squeeze(title)), "\(tag): title")
        #expect(squeeze(text).contains(squeeze(unit)), "\(tag): first unit")
        #expect(text.contains("1-855-435-7693"))
    }

    /// poppler splits Arabic words; pdfminer reads them whole.
    @Test func arabicIsExtractableWithPdfminer() throws {
        let (folder, _) = try bundled()
        let publication = try publication()
        let arabic = try LanguageTag.parse("ar").get()
        let guide = try #require(publication.guides.first { $0.id == "at-home" })
        let localized = publication.localized(guide, in: arabic)
        let run = try PDFTool.run("pdf2txt", [folder.url.appendingPathComponent("ar/guides/at-home.pdf").path])
        #expect(run.status == 0, "\(run.output)")
        let title = PlainTextFormat.plain(localized.title.text, variables: publication.site.variables)
        for word in title.split(separator: " ") {
            #expect(run.output.contains(word), "\(word)")
        }
        #expect(run.output.contains("1-855-435-7693"))
    }

    /// Arabic pages are laid out right to left: the title ends at the right margin, the QR code
    /// sits on the left, the page's start.
    @Test func arabicIsLaidOutRightToLeft() throws {
        let (folder, _) = try bundled()
        let path = folder.url.appendingPathComponent("ar/guides/at-home.pdf").path
        let words = try PDFTool.words(path, page: 1)
        let right = 612 - HandoutStyle.sideMargin
        let top = try #require(words.min { $0.yMin < $1.yMin })
        let titleLine = words.filter { abs($0.yMin - top.yMin) < 2 }
        #expect(abs((titleLine.map(\.xMax).max() ?? 0) - right) < 1, "the title starts at the right margin")
        let address = try #require(words.first { $0.text.contains("kyr-test.org") })
        #expect(address.xMax < 612 / 3, "the QR code's address is on the left")
    }

    /// Title, author, language, producer and dates from the content: the guide's review date,
    /// never the clock.
    @Test func metadataComesFromTheContent() throws {
        let (folder, files) = try bundled()
        let publication = try publication()
        let guide = try #require(publication.guides.first { $0.id == "at-home" })
        let path = folder.url.appendingPathComponent("es/guides/at-home.pdf").path
        let info = try PDFTool.info(path)
        let localized = publication.localized(guide, in: try LanguageTag.parse("es").get())
        #expect(info["Title"] == PlainTextFormat.plain(localized.title.text, variables: publication.site.variables))
        #expect(info["Author"] == publication.site.organizationName)
        #expect(info["Producer"]?.hasPrefix("kyr (Pango ") == true)
        #expect(info["CreationDate"]?.hasPrefix(guide.legalReview.date.description) == true, "\(info)")
        let bytes = try #require(files.first { $0.path == "es/guides/at-home.pdf" }).contents
        #expect(String(decoding: bytes.suffix(2000), as: UTF8.self).contains("/Lang (es)"))
    }

    /// What matters is on the first page: the hotline and the card's statements, and beside
    /// each statement in a translation, its English under "say or show this in English".
    @Test(arguments: ["en", "es", "zh-Hans"]) func firstPageHasTheHotlineAndTheStatements(tag: String) throws {
        let (folder, _) = try bundled()
        let publication = try publication()
        let language = try LanguageTag.parse(tag).get()
        let guide = try #require(publication.guides.first { $0.id == "at-home" })
        let page = try PDFTool.text(folder.url.appendingPathComponent("\(tag)/guides/at-home.pdf").path, page: 1)
        let squeeze = { (text: String) in text.filter { !$0.isWhitespace } }
        let flat = squeeze(page)
        #expect(page.contains("1-855-435-7693"))
        let localized = publication.localized(guide, in: language)
        for unit in guide.card where unit.kind == .say {
            let line = PlainTextFormat.plain(localized.cardLine(unit).text, variables: publication.site.variables)
            #expect(flat.contains(squeeze(line)), "\(line)")
            let english = PlainTextFormat.plain(unit.text, variables: publication.site.variables)
            #expect(flat.contains(squeeze(english)), "\(english)")
        }
        if language != .english {
            let label = PlainTextFormat.plain(
                try #require(publication.language(language).string(.sayInEnglish)).text, variables: [:])
            #expect(flat.contains(squeeze(label)))
        }
    }

    /// A card's front is the holder's language; its back, the English of every statement to an
    /// agent, under "say or show this in English" in the holder's language, and the hotline.
    @Test(arguments: ["es", "ar", "zh-Hans"]) func cardBacksCarryTheEnglish(tag: String) throws {
        let (folder, _) = try bundled()
        let publication = try publication()
        let language = try LanguageTag.parse(tag).get()
        let guide = try #require(publication.guides.first { $0.id == "at-home" })
        let path = folder.url.appendingPathComponent("\(tag)/card-at-home.pdf").path
        let squeeze = { (text: String) in text.filter { !$0.isWhitespace } }
        // pdfminer for Arabic; poppler elsewhere.
        let page = { (number: Int) throws -> String in
            tag == "ar"
                ? try PDFTool.run("pdf2txt", ["-p", String(number), path]).output
                : try PDFTool.text(path, page: number)
        }
        let front = squeeze(try page(1))
        let back = squeeze(try page(2))
        let variables = publication.site.variables
        let localized = publication.localized(guide, in: language)
        for unit in guide.card {
            let line = PlainTextFormat.plain(localized.cardLine(unit).text, variables: variables)
            // pdfminer gives a line mixing Arabic and a left-to-right number in visual order,
            // its punctuation moved: compare such a line's words, letters and digits only.
            let mixed = tag == "ar" && line.contains { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if mixed {
                let letters = { (text: String) in text.filter { $0.isLetter || $0.isNumber } }
                for word in line.split(separator: " ") {
                    #expect(letters(front).contains(letters(String(word))), "front: \(word) of \(line)")
                }
            } else {
                #expect(front.contains(squeeze(line)), "front: \(line)")
            }
            if unit.kind == .say {
                let english = PlainTextFormat.plain(unit.text, variables: variables)
                #expect(back.contains(squeeze(english)), "back: \(english)")
            }
        }
        let label = PlainTextFormat.plain(
            try #require(publication.language(language).string(.sayInEnglish)).text, variables: [:])
        #expect(back.contains(squeeze(label)))
        #expect(back.contains("1-855-435-7693"))
    }

    /// No page ends with a section heading: headings go with their first unit.
    @Test func noPageEndsWithAHeading() throws {
        let publication = try publication()
        let renderer = HandoutRenderer(publication: publication, paper: .letter)
        let setter = Typesetter(engine: TextEngine(), publication: publication)
        for language in Self.languages {
            for guide in publication.guides {
                let laid = renderer.fittedLayout(guide, in: language, bilingual: false, setter: setter)
                for page in laid.pages {
                    #expect(page.last?.item.keepWithNext == false, "\(guide.id) in \(language)")
                }
            }
        }
    }
}
