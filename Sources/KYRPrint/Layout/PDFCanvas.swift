import CPangoCairo

/// A PDF being drawn into memory with Cairo: pages, text blocks, rules, boxes. Coordinates are
/// points from the top-left corner of the page. Not thread-safe: one document, one task.
final class PDFCanvas {
    /// Where Cairo's stream writes the file's bytes.
    private final class Sink {
        var bytes: [UInt8] = []
    }

    private let sink = Sink()
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private(set) var pageCount = 0
    private var isFinished = false

    /// A document whose first page is `width` × `height` points, with its metadata set before
    /// anything is drawn (Cairo writes the creation date it is given, not the clock's).
    init(width: Double, height: Double, metadata: PDFMetadata) {
        surface = cairo_pdf_surface_create_for_stream(
            { closure, data, length in
                let sink = Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue()
                sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque(), width, height)
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        for (key, value) in metadata.cairoEntries {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        cr = cairo_create(surface)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Sets the size of the page about to be drawn (before drawing on it).
    func setPageSize(width: Double, height: Double) {
        cairo_pdf_surface_set_size(surface, width, height)
    }

    /// Ends the current page; the next drawing starts a new one.
    func endPage() {
        cairo_show_page(cr)
        pageCount += 1
    }

    /// Finishes the document and returns its bytes.
    func finish() -> [UInt8] {
        if !isFinished {
            cairo_surface_finish(surface)
            isFinished = true
        }
        return sink.bytes
    }

    /// Draws a Pango layout with its top-left corner at `x`, `y`.
    func draw(_ layout: OpaquePointer, color: Color, x: Double, y: Double) {
        setColor(color)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
    }

    /// Fills a rectangle.
    func fill(x: Double, y: Double, width: Double, height: Double, color: Color) {
        setColor(color)
        cairo_rectangle(cr, x, y, width, height)
        cairo_fill(cr)
    }

    /// Strokes a rectangle's outline, the line centered on its edges.
    func stroke(x: Double, y: Double, width: Double, height: Double, color: Color, lineWidth: Double) {
        setColor(color)
        cairo_set_line_width(cr, lineWidth)
        cairo_rectangle(cr, x, y, width, height)
        cairo_stroke(cr)
    }

    /// A straight line.
    func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), color: Color, width: Double) {
        setColor(color)
        cairo_set_line_width(cr, width)
        cairo_move_to(cr, start.x, start.y)
        cairo_line_to(cr, end.x, end.y)
        cairo_stroke(cr)
    }

    /// Many squares filled at once (a QR code's dark modules): one path, one fill.
    func fillSquares(_ origins: [(x: Double, y: Double)], size: Double, color: Color) {
        setColor(color)
        for origin in origins {
            cairo_rectangle(cr, origin.x, origin.y, size, size)
        }
        cairo_fill(cr)
    }

    /// Draws with the clip set to a rectangle (a card's bleed area), then restores it.
    func clipped(x: Double, y: Double, width: Double, height: Double, _ body: () -> Void) {
        cairo_save(cr)
        cairo_rectangle(cr, x, y, width, height)
        cairo_clip(cr)
        body()
        cairo_restore(cr)
    }

    private func setColor(_ color: Color) {
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    }
}
