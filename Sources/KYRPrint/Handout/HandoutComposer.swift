import KYRModel

/// Builds the flow of one guide's handout in one language, in the order the field asks for:
/// what matters comes first, on the first printed page. Title and summary beside the QR code
/// to the guide's page, the hotline large, the notices readers must see, the card's key
/// points (the "say this" phrases with their English), then every section and unit.
///
/// A bilingual handout (`english` set) sets each text beside its English, in parallel blocks.
struct HandoutComposer {
    let guide: Guide
    let language: LanguageTag
    let publication: Publication
    let setter: Typesetter
    let style: HandoutStyle
    /// The width of the page's text area.
    let width: Double
    let localized: LocalizedDocument
    /// The guide in the source language, for a bilingual handout.
    let english: LocalizedDocument?

    init(
        guide: Guide, language: LanguageTag, publication: Publication, setter: Typesetter, style: HandoutStyle,
        width: Double, bilingual: Bool
    ) {
        self.guide = guide
        self.language = language
        self.publication = publication
        self.setter = setter
        self.style = style
        self.width = width
        localized = publication.localized(guide, in: language)
        english = bilingual ? publication.localized(guide, in: publication.sourceLanguage) : nil
    }

    var rightToLeft: Bool { language.isRightToLeft }
    var sourceLanguage: LanguageTag { publication.sourceLanguage }

    /// Everything printed above the footer, in reading order.
    func flow() -> [FlowItem] {
        var items = [FlowItem(header(), source: localized.title)]
        if let hotline = hotlineBand() {
            items.append(FlowItem(hotline, spaceBefore: 10 * style.scale))
        }
        let notices = noticeBoxes()
        for (index, notice) in notices.enumerated() {
            items.append(FlowItem(notice, spaceBefore: (index == 0 ? 10 : 4) * style.scale))
        }
        items += keyPoints()
        for section in guide.sections {
            items += self.section(section)
        }
        return items
    }

    /// A text style in the page's language.
    func text(_ size: Double, bold: Bool = false, italic: Bool = false, color: Color = .text) -> TextStyle {
        TextStyle(language, size: size, bold: bold, italic: italic, color: color)
    }

    /// Columns in the page's reading order.
    func columns(_ items: [(width: Double, box: any Box)], gap: Double, total: Double? = nil) -> Columns {
        Columns.along(items, gap: gap, total: total ?? width, rightToLeft: rightToLeft)
    }
}
