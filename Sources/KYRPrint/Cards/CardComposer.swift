import KYRModel

/// Lays out both sides of a guide's wallet card for one language. The front speaks to the
/// holder in their language: the guide's title, its card lines (the statements to an agent in
/// bold), and the hotline when no line gives it. The back speaks to the agent in the source
/// language: the card lines of kind `say`, then the hotline, under a band telling the holder,
/// in their language, to show this side. Each side takes the largest size at which it fits.
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
            hotline: usesHotline ? nil : hotline(in: language, size: size))
    }

    func back(size: Double) -> CardFace {
        let band = setter.block(.showToAgent, in: language, bandStyle(language), width: textWidth)
        return face(
            band: band, lines: backLines, in: sourceLanguage, size: size,
            hotline: hotline(in: sourceLanguage, size: size))
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
        hotline: TextBlock?
    ) -> CardFace {
        let blocks = lines.map { line in
            setter.block(line.text, TextStyle(language, size: size, bold: line.unit.kind == .say), width: textWidth)
        }
        let bandHeight = band.height + 2 * CardFace.bandPadding
        let foot = (CardStyle.margin - 2) + (hotline.map { $0.height + 2 } ?? 0)
        return CardFace(
            band: band, lines: blocks, hotline: hotline, size: size,
            available: CardStyle.height - bandHeight - 1 - foot,
            lineGap: size * 0.3, rightToLeft: language.isRightToLeft)
    }

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

    /// How each side fits at the smallest size, for the check.
    func measure() -> [CardFit] {
        let size = CardStyle.minimumSize
        return [
            fit(front(size: size), side: .front, lines: frontLines, language: language),
            fit(back(size: size), side: .back, lines: backLines, language: sourceLanguage),
        ]
    }

    private func fit(
        _ face: CardFace, side: CardFit.Side, lines: [(unit: ContentUnit, text: ResolvedText)], language: LanguageTag
    ) -> CardFit {
        CardFit(
            side: side, language: language, fontSize: face.size, available: face.available,
            lines: zip(lines, face.lineHeights).map { CardFit.Line(unit: $0.unit, text: $0.text, height: $1) })
    }
}
