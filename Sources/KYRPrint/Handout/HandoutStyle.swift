import KYRModel

/// The handout's type sizes and page margins, all scaled together: a guide limited to one page
/// (`print: {max-pages: 1}`) is set smaller, step by step, down to `smallestScale`, until it fits.
struct HandoutStyle {
    var scale: Double

    /// The scales tried, largest first. The body text goes from 10 pt down to 8.5 pt.
    static let scales = [1.0, 0.95, 0.9, 0.85]
    static let standard = HandoutStyle(scale: 1)
    static let smallest = HandoutStyle(scale: scales.last!)

    var title: Double { 20 * scale }
    var summary: Double { 11.5 * scale }
    var heading: Double { 13 * scale }
    var body: Double { 10 * scale }
    var say: Double { 10.5 * scale }
    /// Kind labels, basis lines, captions.
    var label: Double { 7.5 * scale }
    var hotline: Double { 22 * scale }
    var footer: Double { 7 * scale }

    /// Space between units, and before a section.
    var unitGap: Double { 6 * scale }
    var sectionGap: Double { 14 * scale }

    /// The margins of the page: wide enough for office printers that cannot print near the edge.
    static let sideMargin = 42.0
    static let topMargin = 40.0
    static let bottomMargin = 30.0
    /// The column kind labels sit in, beside the units' text.
    static let gutter = 92.0
    static let gutterGap = 10.0
    /// The QR code's side.
    static let qrSize = 78.0
}
