/// The smallest translatable piece of a guide or note: one step, right, phrase or cue.
package struct ContentUnit: Sendable, Hashable {
    package var id: Located<String>
    package var kind: UnitKind
    package var basis: Basis?
    package var text: InlineText
    /// Whether translations may link to other addresses (say, the same page in their language).
    package var localizableLinks: Bool
    /// The IDs of the document's sources this unit rests on.
    package var sources: [Located<String>]

    package init(
        id: Located<String>, kind: UnitKind, basis: Basis?, text: InlineText, localizableLinks: Bool = false,
        sources: [Located<String>] = []
    ) {
        self.id = id
        self.kind = kind
        self.basis = basis
        self.text = text
        self.localizableLinks = localizableLinks
        self.sources = sources
    }
}
