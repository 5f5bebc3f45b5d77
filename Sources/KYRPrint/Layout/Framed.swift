/// A box with padding, an optional fill and border, and an optional bar along its start edge.
struct Framed: Box {
    var content: any Box
    var width: Double
    var padding: Double
    var fill: Color?
    var border: Color?
    /// A thick bar on the start side (left, or right in right-to-left text), as notices have.
    var bar: (color: Color, width: Double, rightToLeft: Bool)?

    var height: Double { content.height + 2 * padding }

    func draw(_ canvas: PDFCanvas, x: Double, y: Double) {
        if let fill { canvas.fill(x: x, y: y, width: width, height: height, color: fill) }
        if let border { canvas.stroke(x: x, y: y, width: width, height: height, color: border, lineWidth: 0.6) }
        if let bar {
            let barX = bar.rightToLeft ? x + width - bar.width : x
            canvas.fill(x: barX, y: y, width: bar.width, height: height, color: bar.color)
        }
        content.draw(canvas, x: x + padding + (bar.map { $0.rightToLeft ? 0 : $0.width } ?? 0), y: y + padding)
    }

    /// The width left for content inside a frame of `width`.
    static func innerWidth(_ width: Double, padding: Double, bar: Double = 0) -> Double {
        width - 2 * padding - bar
    }
}
