/// A titled group of units in a guide or agency note.
public struct ContentSection: Sendable, Hashable {
    public var id: Located<String>
    public var title: InlineText
    public var units: [ContentUnit]

    public init(id: Located<String>, title: InlineText, units: [ContentUnit]) {
        self.id = id
        self.title = title
        self.units = units
    }
}
