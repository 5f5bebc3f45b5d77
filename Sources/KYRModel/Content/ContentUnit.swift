/// The smallest translatable piece of a guide or note: one step, right, phrase or cue.
public struct ContentUnit: Sendable, Hashable {
    public var id: Located<String>
    public var kind: UnitKind
    public var basis: Basis?
    public var text: InlineText
    /// Whether translations may link to other addresses (say, the same page in their language).
    public var localizableLinks: Bool
    /// The IDs of the document's sources this unit rests on.
    public var sources: [Located<String>]

    public init(
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
