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
