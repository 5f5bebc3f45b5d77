import KYRModel

extension PaperSize {
    /// The sheet in PDF points (1/72 in), portrait.
    var points: (width: Double, height: Double) {
        switch self {
        case .letter: (612, 792)
        // 210 × 297 mm.
        case .a4: (595.28, 841.89)
        }
    }
}
