/// A rights guide in the source language: what to do and say in one situation.
public struct Guide: SourceDocument {
    public var id: String
    public var file: String
    public var title: InlineText
    public var summary: InlineText
    public var agencies: [Located<String>]
    public var legalReview: LegalReview
    public var sections: [ContentSection]
    public var card: [ContentUnit]
    public var sources: [Citation]

    public init(
        id: String, file: String, title: InlineText, summary: InlineText, agencies: [Located<String>],
        legalReview: LegalReview, sections: [ContentSection], card: [ContentUnit], sources: [Citation]
    ) {
        self.id = id
        self.file = file
        self.title = title
        self.summary = summary
        self.agencies = agencies
        self.legalReview = legalReview
        self.sections = sections
        self.card = card
        self.sources = sources
    }

    public var kind: DocumentKind { .guide }

    public var translatableUnits: [TranslatableUnit] {
        [TranslatableUnit(key: "title", text: title), TranslatableUnit(key: "summary", text: summary)]
            + sections.translatableUnits
            + card.map { TranslatableUnit(key: "card." + $0.id.value, text: $0.text) }
    }
}
