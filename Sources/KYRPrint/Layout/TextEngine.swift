import CPangoCairo
import KYRModel

/// Pango's text layout for one document: contexts on the calling thread's font maps, at 72 dpi
/// (PangoCairo assumes 96, which would make every point size a third too large), with hinting
/// off so the widths measured are the widths drawn into the PDF.
///
/// Pango's font maps belong to the thread that made them: an engine, and every block it lays
/// out, is created, measured and drawn within one task, never shared between threads.
final class TextEngine {
    /// Contexts by font map (kyr's or the system's) and base direction: a layout takes its
    /// direction from its context, and changing a shared context would relayout every block
    /// already made with it.
    private var contexts: [Key: OpaquePointer] = [:]

    private struct Key: Hashable {
        var named: Bool
        var rightToLeft: Bool
    }

    init() {}

    deinit {
        for context in contexts.values { g_object_unref(UnsafeMutableRawPointer(context)) }
    }

    private func context(for style: TextStyle) -> OpaquePointer {
        let key = Key(named: FontFamilies.isNamed(style.language), rightToLeft: style.isRightToLeft)
        if let context = contexts[key] { return context }
        let fontMap = key.named ? ThreadFontMaps.current().named : ThreadFontMaps.system
        let context = Self.context(fontMap, direction: key.rightToLeft ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR)
        contexts[key] = context
        return context
    }

    /// Lays out `markup` (Pango markup, already escaped) in `style`, wrapped at `width` points.
    func block(_ markup: String, _ style: TextStyle, width: Double) -> TextBlock {
        let layout = pango_layout_new(context(for: style))!
        let font = style.fontDescription()
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        // The paragraph's direction is its language's, never guessed from its first letter: an
        // Arabic line that starts with a phone number is still right to left.
        pango_layout_set_auto_dir(layout, 0)
        pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, style.alignment.pango(rightToLeft: style.isRightToLeft))
        if style.lineSpacing != 1 { pango_layout_set_line_spacing(layout, Float(style.lineSpacing)) }
        if markup.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            pango_layout_set_markup(layout, "<span lang=\"\(style.pangoLanguage)\">" + markup + "</span>", -1)
        } else {
            // Plain text (most lines): no markup to parse, only the language to set.
            pango_layout_set_text(layout, markup, -1)
            let attributes = pango_attr_list_new()
            pango_attr_list_insert(attributes, pango_attr_language_new(pango_language_from_string(style.pangoLanguage)))
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }
        return TextBlock(layout: layout, width: width, color: style.color)
    }

    private static func context(_ fontMap: UnsafeMutablePointer<PangoFontMap>?, direction: PangoDirection)
        -> OpaquePointer
    {
        let context = pango_font_map_create_context(fontMap)!
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_base_dir(context, direction)
        return context
    }
}
