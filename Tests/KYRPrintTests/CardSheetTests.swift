import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRPrint

/// Ten cards a sheet, backs behind their fronts when printed double-sided, flipping on the long edge.
@Suite struct CardSheetTests {
    /// Turning a portrait sheet over its long edge mirrors it across its vertical axis: the back
    /// of every card must be printed at the mirror image of its front's position.
    @Test(arguments: PaperSize.allCases) func backsAreTheMirrorImageOfFronts(paper: PaperSize) {
        let sheet = CardSheet(paper: paper)
        let width = paper.points.width
        for slot in 0..<CardSheet.slots {
            let front = sheet.front(slot)
            let back = sheet.back(slot)
            // The card's rectangle [x, x + w] mirrored is [W - x - w, W - x].
            #expect(abs(back.x - (width - front.x - CardStyle.width)) < 1e-9, "slot \(slot)")
            #expect(back.y == front.y, "slot \(slot)")
        }
    }

    /// 2 × 5 cards of 3.5 × 2 in, touching (shared cut lines), with room for crop marks outside.
    @Test(arguments: PaperSize.allCases) func tenCardsShareCutLinesInsideTheSheet(paper: PaperSize) {
        let sheet = CardSheet(paper: paper)
        #expect(CardStyle.width == 252 && CardStyle.height == 144)
        #expect(sheet.front(1).x == sheet.front(0).x + CardStyle.width)
        #expect(sheet.front(2).y == sheet.front(0).y + CardStyle.height)
        let (left, top) = sheet.origin
        #expect(left >= 36 && top >= 30, "margins for the crop marks")
        #expect(left + 2 * CardStyle.width <= paper.points.width - 36)
        #expect(top + 5 * CardStyle.height <= paper.points.height - 30)
    }

    /// The same, read back from a printed PDF: ten different cards, each front labelled F<n>
    /// and each back B<n>; every back is found at the mirror position of its front.
    @Test func printedBacksSitBehindTheirFronts() throws {
        let checked = try Checking.project(Fixtures.project("minimal").path)
        let publication = try Publication(localizer: checked.localizer, today: Checking.today)
        let setter = Typesetter(engine: TextEngine(), publication: publication)
        let sheet = CardSheet(paper: .letter)
        func face(_ label: String) -> CardFace {
            let band = setter.block(plain: label, TextStyle(.english, size: 8, bold: true), width: 200)
            return CardFace(
                band: band, lines: [], hotline: nil, size: 8, available: 100, lineGap: 2, rightToLeft: false)
        }
        let metadata = PDFMetadata(
            title: "duplex", author: "kyr", subject: "test", language: .english, date: Checking.today)
        let canvas = PDFCanvas(width: sheet.size.width, height: sheet.size.height, metadata: metadata)
        let renderer = CardRenderer(publication: publication, paper: .letter)
        renderer.drawSheet(canvas, sheet) { slot in (sheet.front(slot), face("F\(slot)")) }
        renderer.drawSheet(canvas, sheet) { slot in (sheet.back(slot), face("B\(slot)")) }
        let folder = try TemporaryProject()
        let pdf = folder.url.appendingPathComponent("duplex.pdf")
        try Data(canvas.finish()).write(to: pdf)
        let fronts = Dictionary(uniqueKeysWithValues: try PDFTool.words(pdf.path, page: 1).map { ($0.text, $0) })
        let backs = Dictionary(uniqueKeysWithValues: try PDFTool.words(pdf.path, page: 2).map { ($0.text, $0) })
        let width = sheet.size.width
        for slot in 0..<CardSheet.slots {
            let front = try #require(fronts["F\(slot)"])
            let back = try #require(backs["B\(slot)"])
            // Where the front's card is on the front sheet, and where the back's card is.
            let frontCard = sheet.front(slot)
            let mirrored = width - frontCard.x - CardStyle.width
            let column = { (x: Double) in Int(((x - sheet.origin.x) / CardStyle.width).rounded(.down)) }
            #expect(column(back.xMin) == 1 - column(front.xMin), "slot \(slot): back in the other column")
            #expect(abs((back.xMin - mirrored) - (front.xMin - frontCard.x)) < 0.5, "slot \(slot)")
            #expect(abs(back.yMin - front.yMin) < 0.5, "slot \(slot): same row")
        }
    }
}
