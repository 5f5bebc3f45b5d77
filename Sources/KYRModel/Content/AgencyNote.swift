/// How to recognise one agency's agents, what they carry, and what they may and may not do.
package struct AgencyNote: SourceDocument {
    package var id: String
    package var file: String
    package var name: InlineText
    package var shortName: InlineText?
    package var summary: InlineText
    package var legalReview: LegalReview
    package var sections: [ContentSection]
    package var sources: [Citation]
    /// Whether the note is about an agency or about the papers agents carry (`kind: documents`).
    package var noteKind: AgencyNoteKind = .agency

    package init(
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

    package var kind: DocumentKind { .agency }

    package var translatableUnits: [TranslatableUnit] {
        [TranslatableUnit(key: UnitKey.name, text: name)]
            + (shortName.map { [TranslatableUnit(key: UnitKey.shortName, text: $0)] } ?? [])
            + [TranslatableUnit(key: UnitKey.summary, text: summary)]
            + sections.translatableUnits
    }

    /// The units that say how to recognise the agency's agents.
    package var cues: [ContentUnit] {
        sections.flatMap(\.units).filter { $0.kind == .cue }
    }
}
