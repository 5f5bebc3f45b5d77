import KYRModel
import Synchronization

/// The fit checks' measurer: lays out cards and handouts with the very code that prints them,
/// so what `kyr check` says fits is what `kyr build --format print` prints.
package struct PangoMeasurer: TextMeasuring {
    /// The paper handouts are measured on; nil for site.yaml's.
    package var paper: PaperSize?
    /// What is the same for many calls: the English back of each card, each language's band.
    private let memo = Memo()

    package init(paper: PaperSize? = nil) {
        self.paper = paper
    }

    package func card(_ guide: Guide, in language: LanguageTag, publication: Publication) -> [CardFit] {
        let setter = Typesetter(engine: TextEngine(), publication: publication)
        let composer = CardComposer(guide: guide, language: language, publication: publication, setter: setter)
        // The back's lines are the source text in every language: laid out once per guide.
        let key = guide.id + "\u{0}" + guide.card.map(\.text.raw).joined(separator: "\u{0}")
        let english = memo.backs.withLock { $0[key] } ?? composer.measureBackLines()
        memo.backs.withLock { $0[key] = english }
        let band = memo.bands.withLock { $0[language] } ?? composer.measureBackBand()
        memo.bands.withLock { $0[language] = band }
        let back = CardFit(
            side: .back, language: publication.sourceLanguage, fontSize: CardStyle.minimumSize,
            available: CardComposer.available(bandHeight: band, hotline: english.hotline), lines: english.lines)
        return [composer.measureFront(), back]
    }

    /// The font files (their sizes and times) and the paper asked for.
    package var identity: String {
        FontConfiguration.identity + "\npaper " + (paper?.rawValue ?? "site")
    }

    package func handout(_ guide: Guide, in language: LanguageTag, publication: Publication) -> HandoutFit {
        HandoutRenderer(publication: publication, paper: paper ?? publication.site.paper).fit(guide, in: language)
    }

    /// Measurements shared by the calls of one check, whichever threads make them.
    private final class Memo: Sendable {
        let backs = Mutex<[String: (lines: [CardFit.Line], hotline: Double?)]>([:])
        let bands = Mutex<[LanguageTag: Double]>([:])
    }
}
