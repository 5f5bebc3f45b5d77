/// One file an output format produced: its path under the format's folder and its bytes.
package struct OutputFile: Sendable, Hashable {
    /// Relative to the format's folder, `/`-separated (`en/guides/at-home.html`).
    package var path: String
    package var contents: [UInt8]

    package init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    package init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }

    /// The contents as UTF-8 text.
    package var text: String { String(decoding: contents, as: UTF8.self) }
}
