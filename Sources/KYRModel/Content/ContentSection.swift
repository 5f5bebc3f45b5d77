/// A titled group of units in a guide or agency note.
package struct ContentSection: Sendable, Hashable {
    package var id: Located<String>
    package var title: InlineText
    package var units: [ContentUnit]

    package init(id: Located<String>, title: InlineText, units: [ContentUnit]) {
        self.id = id
        self.title = title
        self.units = units
    }
}
