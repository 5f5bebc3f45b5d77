import KYRModel

/// Whether printed text fits, decided after real layout by the measurer the driver lends
/// (Pango, in the print stage): a wallet card whose lines do not fit the card even at its
/// smallest font size (`card-overflow`), and a handout that takes more pages than its guide's
/// `print: {max-pages: N}` allows (`page-overflow`). Every language that is published is
/// checked, as its readers would get the card: translations, and the source text where a
/// translation falls back. Without a measurer (tests, `kyr coverage`), nothing is reported.
package struct PrintFitRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    /// Layouts of documents spread over all cores; each is laid out within one task, as Pango's
    /// per-thread font map requires.
    package var isParallel: Bool { true }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        guard let measurer = context.measurer,
            let publication = try? Publication(localizer: Localizer(content: content), today: context.today)
        else { return [] }
        let guides = publication.guides.filter { !content.filesWithErrors.contains($0.file) }
        let jobs = guides.flatMap { guide in
            publication.languages.filter { publication.isPublished(guide.ref, in: $0) }.map { (guide, $0) }
        }
        let memory = context.fitMemory
        let results = Parallel.map(jobs) { guide, language -> (findings: [Diagnostic], back: CardFit?) in
            if memory?.fits(guide, in: language) == true { return ([], nil) }
            var findings: [Diagnostic] = []
            var back: CardFit?
            if !guide.card.isEmpty {
                for side in measurer.card(guide, in: language, publication: publication) where !side.fits {
                    if side.side == .back {
                        back = side
                    } else {
                        findings += cardOverflow(guide, side, languages: [language])
                    }
                }
            }
            if let limit = guide.maxPages {
                let fit = measurer.handout(guide, in: language, publication: publication)
                if fit.pages > limit.value { findings.append(pageOverflow(guide, fit, limit: limit)) }
            }
            if findings.isEmpty && back == nil { memory?.remember(guide, in: language) }
            return (findings, back)
        }
        // The back is in the source language on every language's card (only its band, the label
        // in the holder's language, is theirs): one finding per guide, naming the languages.
        var backs: [String: (fit: CardFit, languages: [LanguageTag])] = [:]
        for ((guide, language), result) in zip(jobs, results) {
            guard let fit = result.back else { continue }
            backs[guide.id, default: (fit, [])].languages.append(language)
        }
        let backFindings = guides.flatMap { guide in
            backs[guide.id].map { cardOverflow(guide, $0.fit, languages: $0.languages) } ?? []
        }
        return results.flatMap(\.findings) + backFindings
    }

    /// Located at the line that takes the most room: shortening it helps most.
    private func cardOverflow(_ guide: Guide, _ fit: CardFit, languages: [LanguageTag]) -> [Diagnostic] {
        guard let longest = fit.lines.max(by: { $0.height < $1.height }) else { return [] }
        let names = languages.map(\.identifier).joined(separator: ", ")
        let side =
            fit.side == .front
            ? "its front needs"
            : "its back (in \(fit.language), for the agent) needs"
        return [
            Diagnostic(
                .cardOverflow,
                "the wallet card of guide '\(guide.id)' does not fit in \(names): \(side) \(points(fit.needed)) pt for \(fit.lines.count) lines, the card has \(points(fit.available)) pt at the smallest font size (\(points(fit.fontSize)) pt); this line, card.\(longest.unit.id.value), takes the most room (\(points(longest.height)) pt): shorten it",
                at: longest.text.text.location)
        ]
    }

    /// Located at the first text that spills past the limit (at the limit itself when that
    /// page starts with no unit's text).
    private func pageOverflow(_ guide: Guide, _ fit: HandoutFit, limit: Located<Int>) -> Diagnostic {
        let pages = limit.value == 1 ? "one page" : "\(limit.value) pages"
        let spill = fit.pageStarts[limit.value]
        return Diagnostic(
            .pageOverflow,
            "the printed handout of guide '\(guide.id)' in \(fit.language) takes \(fit.pages) pages on \(fit.paper.rawValue) paper even at \(points(fit.fontSize)) pt, but print: max-pages allows \(pages)"
                + (spill == nil ? "" : "; page \(limit.value + 1) starts with this text"),
            at: spill?.text.location ?? limit.location)
    }

    private func points(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }
}
