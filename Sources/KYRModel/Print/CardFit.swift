/// How one side of a wallet card fits, after real layout at the card's smallest font size.
package struct CardFit: Sendable {
    package enum Side: String, Sendable {
        /// The holder's side, in their language.
        case front
        /// The agent's side, in the source language.
        case back
    }

    /// One card line as laid out.
    package struct Line: Sendable {
        /// The card unit the line shows.
        package var unit: ContentUnit
        /// The text shown, with where it was written (the translation, or the source it fell back to).
        package var text: ResolvedText
        /// Points the line takes, spacing included.
        package var height: Double

        package init(unit: ContentUnit, text: ResolvedText, height: Double) {
            self.unit = unit
            self.text = text
            self.height = height
        }
    }

    package var side: Side
    /// The language the side is written in.
    package var language: LanguageTag
    /// The font size of the card lines, in points.
    package var fontSize: Double
    /// Points available for the lines: the card's height less its margins, band and hotline.
    package var available: Double
    package var lines: [Line]

    package init(side: Side, language: LanguageTag, fontSize: Double, available: Double, lines: [Line]) {
        self.side = side
        self.language = language
        self.fontSize = fontSize
        self.available = available
        self.lines = lines
    }

    /// Points the lines need.
    package var needed: Double { lines.reduce(0) { $0 + $1.height } }

    package var fits: Bool { needed <= available }
}
