import KYRModel

/// Lays out both sides of a guide's wallet card for one language. The front speaks to the
/// holder in their language: the guide's title, its card lines (the statements to an agent in
/// bold), the hotline when no line gives it, and at its foot, in small type, what the holder must
/// be told about the text (a draft translation, lines in English, no lawyer's review, a change
/// since the last review), as every output tells it. The back speaks to the agent in the source
/// language: the card lines of kind `say`, then the hotline, under a band that labels them, in
/// the holder's language, "Say or show this in English:". Each side takes the largest size at which it fits.
struct CardComposer {
    let guide: Guide
    let language: LanguageTag
    let publication: Publication
    let setter: Typesetter

    var sourceLanguage: LanguageTag { publication.sourceLanguage }
    private var textWidth: Double { CardStyle.width - 2 * CardStyle.margin }

    /// The front's lines: every card line, as the holder reads it.
    var frontLines: [(unit: ContentUnit, text: ResolvedText)] {
        let localized = publication.localized(guide, in: language)
        return guide.card.map { ($0, localized.cardLine($0)) }
    }

    /// The back's lines: the statements to an agent, in the source language.
    var backLines: [(unit: ContentUnit, text: ResolvedText)] {
        guide.card.filter { $0.kind == .say }.map {
            ($0, ResolvedText(text: $0.text, language: sourceLanguage, isFallback: false, state: nil))
        }
    }

    func front(size: Double) -> CardFace {
        let localized = publication.localized(guide, in: language)
        let band = setter.block(localized.title, bandStyle(language), width: textWidth)
        let usesHotline = guide.card.contains { unit in unit.text.variableReferences.contains { $0.name == "hotline" } }
        return face(
            band: band, lines: frontLines, in: language, size: size,
            hotline: usesHotline ? nil : hotline(in: language, size: size), notice: notice())
    }

    /// The front's notices in the holder's language, their short forms in one small block; nil
    /// when there is nothing to tell.
    func notice() -> TextBlock? {
        let localized = publication.localized(guide, in: language)
        let notices = localized.notices(shown: [localized.title] + frontLines.map(\.text))
        guard !notices.isEmpty else { return nil }
        let texts = notices.map { setter.string($0.shortString, in: language) }
        let style = TextStyle(language, size: CardStyle.noticeSize, italic: true)
        let markup = texts.map { text in
            setter.markup(text.text, rightToLeft: style.inLanguage(text.language).isRightToLeft)
        }.joined(separator: " ")
        return setter.block(markup: markup, style, width: textWidth)
    }

    func back(size: Double) -> CardFace {
        face(
            band: backBand(), lines: backLines, in: sourceLanguage, size: size,
            hotline: hotline(in: sourceLanguage, size: size))
    }

    /// The label of the English the back carries, in the holder's language: "Say or show this
    /// in English:" (the label every "say this" phrase's English has), or on a card in the
    /// source language itself, "Show this to the agent".
    private func backBand() -> TextBlock {
        let label: InterfaceString = language == sourceLanguage ? .showToAgent : .sayInEnglish
        return setter.block(label, in: language, bandStyle(language), width: textWidth)
    }

    /// The front and back at the largest sizes that fit (the smallest when none does).
    func fitted() -> (front: CardFace, back: CardFace) {
        (
            largest(CardStyle.frontSizes + CardStyle.emergencySizes, front),
            largest(CardStyle.backSizes + CardStyle.emergencySizes, back)
        )
    }

    private func largest(_ sizes: [Double], _ make: (Double) -> CardFace) -> CardFace {
        for size in sizes.dropLast() {
            let face = make(size)
            if face.fits { return face }
        }
        return make(sizes.last!)
    }

    private func face(
        band: TextBlock, lines: [(unit: ContentUnit, text: ResolvedText)], in language: LanguageTag, size: Double,
        hotline: TextBlock?, notice: TextBlock? = nil
    ) -> CardFace {
        CardFace(
            band: band, lines: blocks(lines, in: language, size: size), hotline: hotline, notice: notice, size: size,
            available: Self.available(
                bandHeight: band.height + 2 * CardFace.bandPadding, hotline: hotline?.height, notice: notice?.height),
            lineGap: Self.lineGap(size), rightToLeft: language.isRightToLeft)
    }

    /// The card lines set at `size`, statements to an agent in bold.
    private func blocks(_ lines: [(unit: ContentUnit, text: ResolvedText)], in language: LanguageTag, size: Double)
        -> [TextBlock]
    {
        lines.map { line in
            setter.block(line.text, TextStyle(language, size: size, bold: line.unit.kind == .say), width: textWidth)
        }
    }

    /// The room a side leaves its lines, under a band and above the hotline and notice.
    static func available(bandHeight: Double, hotline: Double?, notice: Double? = nil) -> Double {
        CardStyle.height - bandHeight - 1 - (CardStyle.margin - 2) - (hotline.map { $0 + 2 } ?? 0)
            - (notice.map { $0 + 1.5 } ?? 0)
    }

    /// The space above each line.
    static func lineGap(_ size: Double) -> Double { size * 0.3 }

    /// "Hotline: 1-855-435-7693", in bold, in `language`.
    private func hotline(in language: LanguageTag, size: Double) -> TextBlock? {
        guard let hotline = publication.site.variables["hotline"], hotline.kind == .phone else { return nil }
        let name = setter.string(.hotline, in: language)
        let style = TextStyle(name.language, size: size + 0.5, bold: true)
        let number = InlineText(
            raw: "{hotline}", location: hotline.location, nodes: [.variable("hotline", at: hotline.location)])
        let markup =
            setter.markup(name.text, rightToLeft: style.isRightToLeft) + ": "
            + setter.markup(number, rightToLeft: style.isRightToLeft)
        return setter.block(markup: markup, style, width: textWidth)
    }

    private func bandStyle(_ language: LanguageTag) -> TextStyle {
        TextStyle(language, size: CardStyle.bandSize, bold: true, color: .white)
    }

    /// How the front fits at the smallest size, for the check.
    func measureFront() -> CardFit {
        let face = front(size: CardStyle.minimumSize)
        return CardFit(
            side: .front, language: language, fontSize: face.size, available: face.available,
            lines: zip(frontLines, face.lineHeights).map { CardFit.Line(unit: $0.unit, text: $0.text, height: $1) })
    }

    /// The back's lines and hotline at the smallest size, as `back` sets them, without the band:
    /// they are in the source language whatever the holder's, so the measurer lays them out
    /// once per guide, and only the band once per language.
    func measureBackLines() -> (lines: [CardFit.Line], hotline: Double?) {
        let size = CardStyle.minimumSize
        let heights = blocks(backLines, in: sourceLanguage, size: size).map { $0.height + Self.lineGap(size) }
        return (
            zip(backLines, heights).map { CardFit.Line(unit: $0.unit, text: $0.text, height: $1) },
            hotline(in: sourceLanguage, size: size)?.height
        )
    }

    /// The height of the back's band in the holder's language.
    func measureBackBand() -> Double {
        backBand().height + 2 * CardFace.bandPadding
    }
}
