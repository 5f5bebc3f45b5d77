import KYRModel

/// Ten cards on a sheet, two across and five down, sharing their cut lines (one cut between
/// two cards, not two), centered, with crop marks in the margin outside the cards.
///
/// Backs line up with fronts when the sheet is printed on both sides, flipping on the long
/// edge: turning a portrait sheet over its long (vertical) edge mirrors it across the sheet's
/// vertical axis, so the back of the card at the front's top left is printed at the top right
/// of the back sheet. Centering the grid keeps every back exactly behind its front even if a
/// printer shifts the whole image a little.
struct CardSheet {
    static let columns = 2
    static let rows = 5
    static let slots = columns * rows

    let paper: PaperSize

    var size: (width: Double, height: Double) { paper.points }

    /// The grid's top-left corner.
    var origin: (x: Double, y: Double) {
        (
            (size.width - Double(Self.columns) * CardStyle.width) / 2,
            (size.height - Double(Self.rows) * CardStyle.height) / 2
        )
    }

    /// The top-left corner of the card in `slot` (0 is the top left, row by row) on the front sheet.
    func front(_ slot: Int) -> (x: Double, y: Double) {
        let column = slot % Self.columns
        let row = slot / Self.columns
        return (origin.x + Double(column) * CardStyle.width, origin.y + Double(row) * CardStyle.height)
    }

    /// Where the back of the card in front `slot` is printed: mirrored across the vertical axis.
    func back(_ slot: Int) -> (x: Double, y: Double) {
        let position = front(slot)
        return (size.width - position.x - CardStyle.width, position.y)
    }

    /// Crop marks: short lines in the margin, on the extension of every cut line, stopping
    /// short of the cards so none is drawn on a card.
    func drawCropMarks(_ canvas: PDFCanvas) {
        let gap = 6.0
        let length = 14.0
        let left = origin.x
        let top = origin.y
        let right = left + Double(Self.columns) * CardStyle.width
        let bottom = top + Double(Self.rows) * CardStyle.height
        for column in 0...Self.columns {
            let x = left + Double(column) * CardStyle.width
            canvas.line(from: (x, top - gap - length), to: (x, top - gap), color: .text, width: 0.3)
            canvas.line(from: (x, bottom + gap), to: (x, bottom + gap + length), color: .text, width: 0.3)
        }
        for row in 0...Self.rows {
            let y = top + Double(row) * CardStyle.height
            canvas.line(from: (left - gap - length, y), to: (left - gap, y), color: .text, width: 0.3)
            canvas.line(from: (right + gap, y), to: (right + gap + length, y), color: .text, width: 0.3)
        }
    }
}
