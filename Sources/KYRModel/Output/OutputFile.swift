/// One file an output format produced: its path under the format's folder and its bytes.
package struct OutputFile: Sendable, Hashable {
    /// Relative to the format's folder, `/`-separated (`en/guides/at-home.html`).
    package var path: String
    private let body: Body

    /// A rendered text is kept as the string it was rendered into, not copied into bytes: a
    /// site's pages are 221 MB written in pieces of 11 KB, its sitemap 24 MB in one, and the copy
    /// was the largest thing in memory while the sitemap was written.
    private enum Body: Sendable {
        case bytes([UInt8])
        case text(String)
    }

    package init(path: String, contents: [UInt8]) {
        self.path = path
        body = .bytes(contents)
    }

    package init(path: String, text: String) {
        self.path = path
        body = .text(text)
    }

    /// The bytes (a copy, for a text).
    package var contents: [UInt8] {
        switch body {
        case .bytes(let bytes): bytes
        case .text(let text): Array(text.utf8)
        }
    }

    /// The contents as UTF-8 text.
    package var text: String {
        switch body {
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .text(let text): text
        }
    }

    /// How many bytes the file has.
    package var size: Int {
        switch body {
        case .bytes(let bytes): bytes.count
        case .text(let text): text.utf8.count
        }
    }

    /// Calls `body` with the bytes in place, without copying them.
    package func withBytes<Result>(_ read: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch body {
        case .bytes(let bytes):
            return try bytes.withUnsafeBytes(read)
        case .text(var text):
            return try text.withUTF8 { try read(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Files are equal when their paths and bytes are, however each is held.
    package static func == (a: OutputFile, b: OutputFile) -> Bool {
        a.path == b.path && a.size == b.size && a.withBytes { x in b.withBytes { y in x.elementsEqual(y) } }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        withBytes { hasher.combine(bytes: $0) }
    }
}
