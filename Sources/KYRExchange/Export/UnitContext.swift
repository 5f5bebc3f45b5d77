import KYRModel

/// What a translator should know about each unit of a document: what kind of text it is, where
/// it appears, and, for wallet-card lines, how long it may be. Written in English, like the
/// source; XLIFF carries it as `<note>`s, PO as extracted comments.
struct UnitContext {
    /// "Rights guide “If immigration agents come to your home”".
    let title: String
    private var kinds: [String: String] = [:]
    private var places: [String: String] = [:]

    init(document: any SourceDocument, smsSegments: Int) {
        switch document {
        case let guide as Guide:
            title = "Rights guide “\(Fingerprint.normalized(guide.title.raw))” (\(guide.ref.path))"
            kinds[UnitKey.title] =
                "The guide's title: the heading of its page and handout, and the band of its wallet card."
            kinds[UnitKey.summary] =
                "The guide's summary: first on its page and handout; also its text message when it has no message of its own."
            kinds[UnitKey.message] =
                "The guide's text message (WhatsApp, Signal, SMS): keep it short. kyr check warns when the SMS takes more than \(smsSegments) segments in your language."
            describe(guide.sections)
            for (index, line) in guide.card.enumerated() {
                let key = UnitKey.card(line)
                kinds[key] =
                    line.kind == .say
                    ? "A wallet-card line the holder says or shows to an agent: the card's back prints the English of it, so keep the meaning exact."
                    : "A wallet-card line for the holder."
                places[key] = "Line \(index + 1) of \(guide.card.count) of the guide's wallet card (3.5 × 2 in)."
            }
        case let note as AgencyNote:
            title = "Agency note “\(Fingerprint.normalized(note.name.raw))” (\(note.ref.path))"
            kinds[UnitKey.name] = "The agency's full name: the heading of its note."
            kinds[UnitKey.shortName] =
                "The agency's short name, as people say and write it (an abbreviation is often kept)."
            kinds[UnitKey.summary] = "The agency note's summary: first on its page."
            describe(note.sections)
        default:
            title = "Interface strings (strings)"
            for unit in document.translatableUnits {
                kinds[unit.key] =
                    "Interface string '\(unit.key)': words around the content on every page, handout and message."
            }
        }
    }

    /// The notes for the unit under `key`.
    func notes(for key: String, budget: CardBudget?) -> [ExchangeUnit.Note] {
        var notes: [ExchangeUnit.Note] = []
        if let kind = kinds[key] { notes.append(ExchangeUnit.Note(category: "kind", text: kind)) }
        notes.append(ExchangeUnit.Note(category: "where", text: (places[key].map { $0 + " " } ?? "") + "In \(title)."))
        if let budget {
            notes.append(
                ExchangeUnit.Note(
                    category: "length",
                    text:
                        "Keep this line under about \(budget.characters) characters (the English has \(budget.englishCharacters)). The card's lines share its room; at 6 pt, the smallest size kyr prints, the English fills \(budget.englishFill)% of it. Chinese and Korean characters take about twice the room. kyr check warns (card-overflow) when the card does not fit."
                ))
        }
        return notes
    }

    private mutating func describe(_ sections: [ContentSection]) {
        for (sectionIndex, section) in sections.enumerated() {
            let name = "“\(Fingerprint.normalized(section.title.raw))”"
            kinds[UnitKey.title(of: section)] = "A section title."
            places[UnitKey.title(of: section)] = "Title of section \(sectionIndex + 1) of \(sections.count)."
            for (index, unit) in section.units.enumerated() {
                let key = UnitKey.unit(unit, in: section)
                kinds[key] = Self.describe(unit.kind)
                places[key] = "Unit \(index + 1) of \(section.units.count) of section \(name)."
            }
        }
    }

    /// What each kind of unit is; every unit must also be true on its own, since a text message,
    /// a card or a screen reader's list may show it without its heading.
    static func describe(_ kind: UnitKind) -> String {
        switch kind {
        case .text: "A paragraph."
        case .step: "A step: something the reader does."
        case .right: "A right the reader has."
        case .warning: "A warning."
        case .say:
            "Words the reader says to an agent, or shows them: outputs print the English beside your translation, so keep the meaning exact and the sentence short."
        case .tip: "A tip."
        case .cue: "How to recognise the agency's agents."
        case .document: "A document agents carry."
        case .may: "Something agents may do."
        case .mayNot:
            "Something agents may not do: the sentence itself must say “not”, since it may be shown without its heading."
        case .policy: "A local policy that applies."
        }
    }
}
