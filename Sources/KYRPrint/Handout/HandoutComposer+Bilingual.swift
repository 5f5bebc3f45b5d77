import KYRModel

/// Parallel blocks: the page's language on its reading side, English on the other, unit by unit,
/// so a family and a volunteer can read the same page together.
extension HandoutComposer {
    func parallel(
        _ unit: ContentUnit, _ resolved: ResolvedText, _ source: ResolvedText, width: Double, size: Double,
        labels: Bool = true
    ) -> any Box {
        let isSay = unit.kind == .say
        let padding = isSay ? 5 * style.scale : 0
        let inner = width - 2 * padding
        let gap = 14.0
        let half = (inner - gap) / 2
        func side(_ text: ResolvedText, in side: LanguageTag, isEnglishSide: Bool) -> any Box {
            var parts: [any Box] = []
            if labels, let label = kindLabel(unit.kind, in: side, width: half) { parts.append(label) }
            if isSay, isEnglishSide, text.language != resolved.language {
                parts.append(
                    setter.block(.sayInEnglish, in: language, self.text(style.label, color: .muted), width: half))
            }
            parts.append(setter.block(text, TextStyle(side, size: size, bold: isSay), width: half))
            if labels, let basis = unit.basis {
                parts.append(
                    setter.block(
                        basis.label, in: side, TextStyle(side, size: style.label, color: .muted),
                        width: half))
            }
            return Stack(parts, spacing: 1.5)
        }
        let row = columns(
            [
                (half, side(resolved, in: language, isEnglishSide: false)),
                (half, side(source, in: sourceLanguage, isEnglishSide: true)),
            ], gap: gap, total: inner)
        guard isSay else { return row }
        return Framed(content: row, width: width, padding: padding, fill: .tint, border: nil, bar: nil)
    }
}
