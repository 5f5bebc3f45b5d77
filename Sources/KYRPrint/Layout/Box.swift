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

/// Boxes one under another.
struct Stack: Box {
    var items: [any Box]
    var spacing: Double

    init(_ items: [any Box], spacing: Double = 0) {
        self.items = items
        self.spacing = spacing
    }

    var height: Double {
        items.reduce(0) { $0 + $1.height } + spacing * Double(max(0, items.count - 1))
    }

    func draw(_ canvas: PDFCanvas, x: Double, y: Double) {
        var top = y
        for item in items {
            item.draw(canvas, x: x, y: top)
            top += item.height + spacing
        }
    }
}

/// Boxes side by side, each at its offset from the row's left edge. Offsets are physical:
/// `Columns.along` works them out from the reading direction.
struct Columns: Box {
    var columns: [(offset: Double, box: any Box)]

    var height: Double { columns.map(\.box.height).max() ?? 0 }

    func draw(_ canvas: PDFCanvas, x: Double, y: Double) {
        for column in columns {
            column.box.draw(canvas, x: x + column.offset, y: y)
        }
    }

    /// Columns of the given widths with `gap` between them, in reading order: left to right,
    /// or from the right edge of `total` for right-to-left text.
    static func along(
        _ items: [(width: Double, box: any Box)], gap: Double, total: Double, rightToLeft: Bool
    ) -> Columns {
        var offset = 0.0
        var columns: [(offset: Double, box: any Box)] = []
        for item in items {
            columns.append((rightToLeft ? total - offset - item.width : offset, item.box))
            offset += item.width + gap
        }
        return Columns(columns: columns)
    }
}

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

/// A horizontal line across a width.
struct Rule: Box {
    var width: Double
    var thickness: Double
    var color: Color

    var height: Double { thickness }

    func draw(_ canvas: PDFCanvas, x: Double, y: Double) {
        canvas.fill(x: x, y: y, width: width, height: thickness, color: color)
    }
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
