/// A source a guide or note rests on: a document title and where to read it.
package struct Citation: Sendable, Hashable {
    package var title: String
    package var url: String
    package var location: SourceLocation

    package init(title: String, url: String, location: SourceLocation) {
        self.title = title
        self.url = url
        self.location = location
    }
}
