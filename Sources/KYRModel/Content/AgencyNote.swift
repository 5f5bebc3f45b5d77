/// How to recognise one agency's agents, what they carry, and what they may and may not do.
public struct AgencyNote: SourceDocument {
    public var id: String
    public var file: String
    public var name: InlineText
    public var shortName: InlineText?
    public var summary: InlineText
    public var legalReview: LegalReview
    public var sections: [ContentSection]
    public var sources: [Citation]

    public init(
        id: String, file: String, name: InlineText, shortName: InlineText?, summary: InlineText,
        legalReview: LegalReview, sections: [ContentSection], sources: [Citation]
    ) {
        self.id = id
        self.file = file
        self.name = name
        self.shortName = shortName
        self.summary = summary
        self.legalReview = legalReview
        self.sections = sections
        self.sources = sources
    }

    public var kind: DocumentKind { .agency }

    public var translatableUnits: [TranslatableUnit] {
        [TranslatableUnit(key: "name", text: name)]
            + (shortName.map { [TranslatableUnit(key: "short-name", text: $0)] } ?? [])
            + [TranslatableUnit(key: "summary", text: summary)]
            + sections.translatableUnits
    }

    /// The units that say how to recognise the agency's agents.
    public var cues: [ContentUnit] {
        sections.flatMap(\.units).filter { $0.kind == .cue }
    }
}
