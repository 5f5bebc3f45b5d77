/// Something laid out at a fixed width: its height is known once made, and it draws at any
/// position. Pages, cards and their parts are built from these, measured, then drawn.
protocol Box {
    var height: Double { get }
    func draw(_ canvas: PDFCanvas, x: Double, y: Double)
}

extension TextBlock: Box {}

/// Empty space.
struct Spacer: Box {
    var height: Double

    func draw(_ canvas: PDFCanvas, x: Double, y: Double) {}
}

/// A box moved down by `offset` (to line up baselines of different sizes).
struct Shifted: Box {
    var content: any Box
    var offset: Double

    var height: Double { content.height + offset }

    func draw(_ canvas: PDFCanvas, x: Double, y: Double) {
        content.draw(canvas, x: x, y: y + offset)
    }
}
