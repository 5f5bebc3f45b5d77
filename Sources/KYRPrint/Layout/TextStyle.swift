import CPangoCairo
import KYRModel

/// How a paragraph is set: font, size, weight, color, alignment, and the language that picks
/// its fonts, shaping and direction.
struct TextStyle {
    enum Alignment {
        /// The language's own start: left in English, right in Arabic.
        case start
        case center
        case end
    }

    var language: LanguageTag
    /// Points.
    var size: Double
    var isBold = false
    var isItalic = false
    var color: Color = .text
    var alignment: Alignment = .start
    /// A multiple of the font's own line height; 1 is the font's.
    var lineSpacing = 1.0

    init(
        _ language: LanguageTag, size: Double, bold: Bool = false, italic: Bool = false, color: Color = .text,
        alignment: Alignment = .start
    ) {
        self.language = language
        self.size = size
        isBold = bold
        isItalic = italic
        self.color = color
        self.alignment = alignment
    }

    var isRightToLeft: Bool { language.isRightToLeft }

    /// The same style in another language (English beside a translation), keeping its size.
    func inLanguage(_ other: LanguageTag) -> TextStyle {
        var style = self
        style.language = other
        return style
    }

    func sized(_ size: Double) -> TextStyle {
        var style = self
        style.size = size
        return style
    }

    func bold(_ bold: Bool = true) -> TextStyle {
        var style = self
        style.isBold = bold
        return style
    }

    func colored(_ color: Color) -> TextStyle {
        var style = self
        style.color = color
        return style
    }

    /// The language as Pango and fontconfig name it (`zh-Hans` is `zh-cn` to fontconfig).
    var pangoLanguage: String { FontFamilies.pangoLanguage(language) }

    /// A font description with the language's family list.
    func fontDescription() -> OpaquePointer {
        let font = pango_font_description_new()!
        pango_font_description_set_family(font, FontFamilies.families(for: language))
        let size = self.size * FontFamilies.sizeFactor(for: language)
        pango_font_description_set_size(font, Int32((size * Double(PANGO_SCALE)).rounded()))
        pango_font_description_set_weight(font, isBold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(font, isItalic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        return font
    }
}

extension TextStyle.Alignment {
    /// Pango's alignments are physical once a layout's direction is fixed (auto-dir off): the
    /// start of a right-to-left paragraph is its right.
    func pango(rightToLeft: Bool) -> PangoAlignment {
        switch self {
        case .start: rightToLeft ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .end: rightToLeft ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT
        }
    }
}
