extension Guide {
    /// What the holder says or shows to an agent, in the guide's order: the wallet card's lines
    /// of kind `say` (written short for the card); a guide whose card has none gives the `say`
    /// units of its sections. The same choice as the phrases of a guide's text message, so the
    /// site's "show this to the agent" view and the messages show the same statements. Each
    /// with its section (nil for a card line), where a translation is looked up.
    package var statementsToAgent: [(unit: ContentUnit, section: ContentSection?)] {
        let card = self.card.filter { $0.kind == .say }
        if !card.isEmpty { return card.map { ($0, nil) } }
        return sections.flatMap { section in section.units.filter { $0.kind == .say }.map { ($0, section) } }
    }

    /// Whether `statementsToAgent` has any, without copying them: the site asks for every guide
    /// in every language.
    package var hasStatementsToAgent: Bool {
        card.contains { $0.kind == .say } || sections.contains { $0.units.contains { $0.kind == .say } }
    }
}
