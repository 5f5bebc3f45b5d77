import KYRModel

/// A guide or agency note seen as units that may cite its sources: what the source rules read.
struct CitingDocument {
    /// "guide" or "agency note", for messages.
    var what: String
    var id: String
    /// Every unit with its key (`<section>.<unit>`, `card.<unit>`), in reading order.
    var units: [(key: String, unit: ContentUnit)]
    var sources: [Citation]
}

extension ContentSet {
    /// Guides and agency notes, the documents whose units have a kind, a basis and sources.
    var citingDocuments: [CitingDocument] {
        guides.map { guide in
            CitingDocument(
                what: "guide", id: guide.id,
                units: guide.sections.keyedUnits + guide.card.map { ("card." + $0.id.value, $0) },
                sources: guide.sources)
        }
            + agencies.map { note in
                CitingDocument(what: "agency note", id: note.id, units: note.sections.keyedUnits, sources: note.sources)
            }
    }
}

extension Array where Element == ContentSection {
    var keyedUnits: [(key: String, unit: ContentUnit)] {
        flatMap { section in section.units.map { (section.id.value + "." + $0.id.value, $0) } }
    }
}
