import CQREncode

/// A QR code drawn as vector squares (sharp at any printer's resolution), with the four-module
/// quiet zone scanners need around it.
struct QRCode: Box {
    /// Modules per side, without the quiet zone.
    let count: Int
    /// Dark modules, row by row.
    private let dark: [Bool]
    /// Points per side, quiet zone included.
    let size: Double

    static let quietZone = 4

    /// The smallest code for `text` at error correction level M (a crease or a smudge of toner
    /// still scans); nil if libqrencode refuses it (too long).
    init?(_ text: String, size: Double) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let count = Int(code.pointee.width)
        self.count = count
        // Bit 0 of each byte is the module's color; the other bits say what the module is for.
        dark = (0..<count * count).map { code.pointee.data[$0] & 1 == 1 }
        self.size = size
    }

    var height: Double { size }

    /// The side of one module in points.
    var moduleSize: Double { size / Double(count + 2 * Self.quietZone) }

    func isDark(row: Int, column: Int) -> Bool { dark[row * count + column] }

    func draw(_ canvas: PDFCanvas, x: Double, y: Double) {
        let module = moduleSize
        let origin = (x: x + Double(Self.quietZone) * module, y: y + Double(Self.quietZone) * module)
        var squares: [(x: Double, y: Double)] = []
        for row in 0..<count {
            for column in 0..<count where isDark(row: row, column: column) {
                squares.append((origin.x + Double(column) * module, origin.y + Double(row) * module))
            }
        }
        // Squares overlap by a hair so anti-aliasing leaves no pale seams between neighbours.
        canvas.fillSquares(squares, size: module + 0.01, color: .text)
    }
}
