/// The smallest translatable piece of a guide or note: one step, right, phrase or cue.
public struct ContentUnit: Sendable, Hashable {
    public var id: Located<String>
    public var kind: UnitKind
    public var basis: Basis?
    public var text: InlineText

    public init(id: Located<String>, kind: UnitKind, basis: Basis?, text: InlineText) {
        self.id = id
        self.kind = kind
        self.basis = basis
        self.text = text
    }
}
