/// A color as RGB fractions. Few and dark enough to print legibly in gray on office printers.
struct Color: Equatable {
    var red: Double
    var green: Double
    var blue: Double

    static let text = Color(red: 0, green: 0, blue: 0)
    static let white = Color(red: 1, green: 1, blue: 1)
    /// Secondary text: labels of sources, footers.
    static let muted = Color(red: 0.3, green: 0.3, blue: 0.3)
    /// Headings, rules and the card's band: a deep red, like the "red cards" people know.
    static let accent = Color(red: 0.62, green: 0.07, blue: 0.09)
    /// Warnings.
    static let warning = Color(red: 0.62, green: 0.07, blue: 0.09)
    /// The tint behind "say this" boxes and notices.
    static let tint = Color(red: 0.95, green: 0.94, blue: 0.93)
    /// Box borders and cut marks.
    static let rule = Color(red: 0.45, green: 0.45, blue: 0.45)
}
