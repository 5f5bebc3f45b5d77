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
