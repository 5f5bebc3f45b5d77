/// A horizontal line across a width.
struct HorizontalRule: Box {
    var width: Double
    var thickness: Double
    var color: Color

    var height: Double { thickness }

    func draw(_ canvas: PDFCanvas, x: Double, y: Double) {
        canvas.fill(x: x, y: y, width: width, height: thickness, color: color)
    }
}
