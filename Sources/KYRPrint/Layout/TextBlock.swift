import CPangoCairo

/// One laid-out paragraph: its size in points, and drawing it at a position.
final class TextBlock {
    private let layout: OpaquePointer
    /// The width it was wrapped at.
    let width: Double
    /// The height of its lines, from the top of the first to the bottom of the last.
    let height: Double
    let color: Color

    init(layout: OpaquePointer, width: Double, color: Color) {
        self.layout = layout
        self.width = width
        self.color = color
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        height = Double(logical.height) / Double(PANGO_SCALE)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// How many lines the text wrapped into.
    var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// The width of the widest line (for boxes that hug their text).
    var usedWidth: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// The distance from the top to the first line's baseline (to align text with a mark).
    var firstBaseline: Double { Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE) }

    /// Draws the paragraph with its top-left (top-right in right-to-left text, which Pango
    /// aligns within the same width) at `x`, `y`.
    func draw(_ canvas: PDFCanvas, x: Double, y: Double) {
        canvas.draw(layout, color: color, x: x, y: y)
    }
}
