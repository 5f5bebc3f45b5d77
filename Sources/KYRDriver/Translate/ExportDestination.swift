import Foundation
import KYRExchange
import KYRModel

/// Where `kyr translate export --out` may write: anywhere but inside `Content/` (kyr would then
/// read its own export as an unexpected content file), written whole and renamed into place.
package enum ExportDestination {
    package static func check(_ path: String, layout: ProjectLayout) throws(OutputError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard let real = realpath(folder.isEmpty ? "." : folder, nil) else {
            throw .system(folder.isEmpty ? "." : folder, errno)
        }
        defer { free(real) }
        let resolved = String(cString: real)
        guard let content = realpath(layout.content, nil) else { return }
        defer { free(content) }
        let contentPath = String(cString: content)
        if resolved == contentPath || resolved.hasPrefix(contentPath + "/") {
            throw .overlaps(output: path, with: layout.display(ProjectLayout.contentFolder), why: "it lies inside")
        }
    }

    package static func write(_ text: String, to path: String) throws {
        try ContentFileWriter.write(text, to: path, display: path)
    }
}
