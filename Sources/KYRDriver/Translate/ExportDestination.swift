import Foundation
import KYRExchange
import KYRModel

/// Where `kyr translate export --out` may write: anywhere but inside `Content/` (kyr would then
/// read its own export as an unexpected content file), written whole and renamed into place.
/// An existing file there must be a plain file of its own: not a symbolic link, and without
/// other hard links, either of which could lead the export onto a content file.
package enum ExportDestination {
    package static func check(_ path: String, layout: ProjectLayout) throws(OutputError) {
        var info = stat()
        if lstat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFLNK {
                throw .refused(
                    "refusing to write to \(path): it is a symbolic link, and kyr does not write an export through one")
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                throw .refused("refusing to write to \(path): it is not a regular file")
            }
            if info.st_nlink > 1 {
                throw .refused(
                    "refusing to write to \(path): it has other hard links, which the export would change too")
            }
        }
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
