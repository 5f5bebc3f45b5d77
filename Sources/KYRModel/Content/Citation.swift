/// A source a guide or note rests on: a document title and where to read it.
package struct Citation: Sendable, Hashable {
    package var title: String
    package var url: String
    package var location: SourceLocation
    /// The ID units use to cite this source (`sources: [id]`), if it has one.
    package var id: Located<String>?
    /// What kind of document it is, if the author said.
    package var kind: SourceKind?

    package init(
        title: String, url: String, location: SourceLocation, id: Located<String>? = nil, kind: SourceKind? = nil
    ) {
        self.title = title
        self.url = url
        self.location = location
        self.id = id
        self.kind = kind
    }
}
