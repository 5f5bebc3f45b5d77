/// One file of the rendered site: its path under the site folder and its bytes.
public struct SiteFile: Sendable, Hashable {
    /// Relative to the site root, `/`-separated (`en/guides/at-home.html`).
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }

    /// The contents as UTF-8 text.
    public var text: String { String(decoding: contents, as: UTF8.self) }
}
