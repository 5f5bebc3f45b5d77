import KYRModel

/// Sections, units and the card's key points.
extension HandoutComposer {
    /// The card's lines, under the card's title, in a frame on the first page: the sentences
    /// that matter most, whatever the guide's length.
    func keyPoints() -> [FlowItem] {
        guard let first = guide.card.first else { return [] }
        let padding = 8 * style.scale
        let inner = Framed.innerWidth(width, padding: padding)
        var lines: [any Box] = [
            setter.block(.cardTitle, in: language, text(style.heading, bold: true, color: .accent), width: inner)
        ]
        let bullet = 10 * style.scale
        for unit in guide.card {
            let line = localized.cardLine(unit)
            let body: any Box
            if let english {
                body = parallel(
                    unit, line, english.cardLine(unit), width: inner - bullet, size: style.body, labels: false)
            } else if unit.kind == .say {
                body = say(line, english: unit.text, width: inner - bullet, size: style.body)
            } else {
                body = setter.block(line, text(style.body), width: inner - bullet)
            }
            let mark = setter.block(plain: "•", text(style.body, bold: true, color: .accent), width: bullet)
            lines.append(columns([(bullet, mark), (inner - bullet, body)], gap: 0, total: inner))
        }
        let box = Framed(
            content: Stack(lines, spacing: 4 * style.scale), width: width, padding: padding, fill: nil,
            border: .accent, bar: nil)
        return [FlowItem(box, spaceBefore: 10 * style.scale, source: localized.cardLine(first))]
    }

    /// A section: its heading tied to its first unit, then its units.
    func section(_ section: ContentSection) -> [FlowItem] {
        let title = localized.title(of: section)
        var heading: [any Box] = [setter.block(title, text(style.heading, bold: true, color: .accent), width: width)]
        if let english, title.language != sourceLanguage {
            heading.append(
                setter.block(
                    english.title(of: section), text(style.body, bold: true, color: .muted), width: width))
        }
        heading += [Spacer(height: 2), HorizontalRule(width: width, thickness: 0.8, color: .accent)]
        var items = [
            FlowItem(Stack(heading), spaceBefore: style.sectionGap, keepWithNext: true, source: title)
        ]
        for unit in section.units {
            let resolved = localized.text(of: unit, in: section)
            let box =
                if let english {
                    parallel(unit, resolved, english.text(of: unit, in: section), width: width, size: style.body)
                } else {
                    self.unit(unit, resolved)
                }
            items.append(FlowItem(box, spaceBefore: style.unitGap, source: resolved))
        }
        return items
    }

    /// A unit: its kind's label in the margin column, its text (boxed when it is to be said),
    /// and its basis under it.
    func unit(_ unit: ContentUnit, _ resolved: ResolvedText) -> any Box {
        let gutter = HandoutStyle.gutter
        let textWidth = width - gutter - HandoutStyle.gutterGap
        var body: [any Box] = []
        if unit.kind == .say {
            let padding = 5 * style.scale
            let inner = Framed.innerWidth(textWidth, padding: padding)
            body.append(
                Framed(
                    content: say(resolved, english: unit.text, width: inner, size: style.say), width: textWidth,
                    padding: padding, fill: .tint, border: nil, bar: nil))
        } else {
            body.append(setter.block(resolved, text(style.body), width: textWidth))
        }
        if let basis = unit.basis {
            body.append(
                setter.block(
                    basis.label, in: language, text(style.label, color: .muted), width: textWidth))
        }
        let content = Stack(body, spacing: 2)
        guard let label = kindLabel(unit.kind, in: language, width: gutter) else {
            return columns([(gutter, Spacer(height: 0)), (textWidth, content)], gap: HandoutStyle.gutterGap)
        }
        // The label's first baseline on the text's first baseline.
        let first = (body.first as? TextBlock)?.firstBaseline ?? (5 * style.scale + style.say * 1.05)
        let shifted = Shifted(content: label, offset: max(0, first - label.firstBaseline))
        return columns([(gutter, shifted), (textWidth, content)], gap: HandoutStyle.gutterGap)
    }

    /// Words to say to an agent: in bold, and, when they are not in the source language, beside
    /// the source text under the label "Say or show this in English:".
    func say(_ resolved: ResolvedText, english: InlineText, width: Double, size: Double) -> any Box {
        let phrase = text(size, bold: true)
        guard resolved.language != sourceLanguage else { return setter.block(resolved, phrase, width: width) }
        let gap = 10.0
        let half = (width - gap) / 2
        let englishSide = Stack(
            [
                setter.block(.sayInEnglish, in: language, text(style.label, color: .muted), width: half),
                setter.block(english, phrase.inLanguage(sourceLanguage), width: half),
            ], spacing: 1)
        return columns(
            [(half, setter.block(resolved, phrase, width: half)), (half, englishSide)], gap: gap, total: width)
    }

    /// The label of a kind of unit, in its color.
    func kindLabel(_ kind: UnitKind, in language: LanguageTag, width: Double) -> TextBlock? {
        kind.label.map {
            setter.block(
                $0, in: language,
                TextStyle(language, size: style.label, bold: true, color: kind == .warning ? .warning : .accent),
                width: width)
        }
    }
}
