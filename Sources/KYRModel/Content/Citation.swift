/// A source a guide or note rests on: a document title and where to read it.
public struct Citation: Sendable, Hashable {
    public var title: String
    public var url: String
    public var location: SourceLocation

    public init(title: String, url: String, location: SourceLocation) {
        self.title = title
        self.url = url
        self.location = location
    }
}
