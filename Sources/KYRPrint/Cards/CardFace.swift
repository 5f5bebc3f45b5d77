import KYRModel

/// One side of a wallet card, laid out: a colored band along the top with its heading, the
/// card lines, and the hotline at the foot. Drawn at the card's trim position; with `bleed`,
/// the band runs past the trim so a print shop's cut leaves no white edge.
struct CardFace {
    var band: TextBlock
    var lines: [TextBlock]
    var hotline: TextBlock?
    /// What the holder must be told about the text, in small type at the foot.
    var notice: TextBlock? = nil
    /// The line size chosen.
    var size: Double
    /// The room left for the lines (between band and hotline), and what they take.
    var available: Double
    var lineGap: Double
    var rightToLeft: Bool

    static let bandPadding = 4.5

    var bandHeight: Double { band.height + 2 * Self.bandPadding }

    /// Points the lines take, each with the gap above it.
    var lineHeights: [Double] { lines.map { $0.height + lineGap } }

    var fits: Bool { lineHeights.reduce(0, +) <= available }

    /// Draws the face with its trim's top-left corner at `x`, `y`. Nothing is drawn outside the
    /// trim (and bleed): a neighbour on the sheet is never touched.
    func draw(_ canvas: PDFCanvas, x: Double, y: Double, bleed: Double) {
        canvas.clipped(
            x: x - bleed, y: y - bleed, width: CardStyle.width + 2 * bleed, height: CardStyle.height + 2 * bleed
        ) {
            drawContent(canvas, x: x, y: y, bleed: bleed)
        }
    }

    private func drawContent(_ canvas: PDFCanvas, x: Double, y: Double, bleed: Double) {
        let margin = CardStyle.margin
        canvas.fill(
            x: x - bleed, y: y - bleed, width: CardStyle.width + 2 * bleed, height: bandHeight + bleed,
            color: .accent)
        band.draw(canvas, x: x + margin, y: y + Self.bandPadding)
        var top = y + bandHeight + 1
        for line in lines {
            top += lineGap
            line.draw(canvas, x: x + margin, y: top)
            top += line.height
        }
        var foot = y + CardStyle.height - margin + 2
        if let notice {
            foot -= notice.height
            notice.draw(canvas, x: x + margin, y: foot)
            foot -= 1.5
        }
        if let hotline {
            hotline.draw(canvas, x: x + margin, y: foot - hotline.height)
        }
    }
}
