import KYRModel

/// The fit checks' measurer: lays out cards and handouts with the very code that prints them,
/// so what `kyr check` says fits is what `kyr build --format print` prints.
package struct PangoMeasurer: TextMeasuring {
    /// The paper handouts are measured on; nil for site.yaml's.
    package var paper: PaperSize?

    package init(paper: PaperSize? = nil) {
        self.paper = paper
    }

    package func card(_ guide: Guide, in language: LanguageTag, publication: Publication) -> [CardFit] {
        let setter = Typesetter(engine: TextEngine(), publication: publication)
        return CardComposer(guide: guide, language: language, publication: publication, setter: setter).measure()
    }

    package func handout(_ guide: Guide, in language: LanguageTag, publication: Publication) -> HandoutFit {
        HandoutRenderer(publication: publication, paper: paper ?? publication.site.paper).fit(guide, in: language)
    }
}
