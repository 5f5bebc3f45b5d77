import Foundation

/// The built site's files as `kyr serve` finds them for a request path: a folder's
/// `index.html`, never anything outside the site folder.
package struct SiteFiles: Sendable {
    /// What a request path names.
    package enum Lookup: Equatable, Sendable {
        case file(String)
        case notFound
    }

    /// `Output/site`.
    package let root: String

    package init(root: String) {
        self.root = root
    }

    /// The file `path` (as requested: `/es/guides/at-home.html`, `/`, `/es/`) names.
    package func lookup(_ path: String) -> Lookup {
        let withoutQuery = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let decoded = String(withoutQuery).removingPercentEncoding, !decoded.contains("\0") else {
            return .notFound
        }
        let parts = decoded.split(separator: "/")
        // A path that climbs or names a hidden file (kyr's marker, a staging folder) is not the site's.
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return .notFound }
        var file = ([root] + parts.map(String.init)).joined(separator: "/")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else { return .notFound }
        if isFolder.boolValue {
            file += "/index.html"
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
                return .notFound
            }
        }
        // Only files inside the site, whatever links lie in between.
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let realFile = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        guard realFile.hasPrefix(realRoot + "/") else { return .notFound }
        return .file(file)
    }

    /// The media type of a file, by its extension.
    package static func mediaType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "xml": "application/xml; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "pdf": "application/pdf"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
