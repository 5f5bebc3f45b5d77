/// A source a guide or note rests on: a document title and where to read it.
public struct Citation: Sendable, Hashable {
    public var title: String
    public var url: String
    public var location: SourceLocation
    /// The ID units use to cite this source (`sources: [id]`), if it has one.
    public var id: Located<String>?
    /// What kind of document it is, if the author said.
    public var kind: SourceKind?

    public init(title: String, url: String, location: SourceLocation, id: Located<String>? = nil, kind: SourceKind? = nil) {
        self.title = title
        self.url = url
        self.location = location
        self.id = id
        self.kind = kind
    }
}
