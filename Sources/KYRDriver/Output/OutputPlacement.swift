import Foundation
import KYRModel

/// Where an output may go. An output folder is replaced whole, so it must never be, hold or
/// lie inside what a build reads (the project, `Content/`, `Templates/`), nor be the file
/// system's root or the user's home folder. Compared on real paths, so `..` and links
/// cannot hide an overlap. `--force` never overrides these rules.
enum OutputPlacement {
    static func check(_ destination: String, root outputRoot: String, layout: ProjectLayout) throws(OutputError) {
        let output = realPath(outputRoot)
        let home = ProcessInfo.processInfo.environment["HOME"].map(realPath)
        if output == "/" || output == home {
            throw .overlaps(
                output: outputRoot, with: output == "/" ? "the root folder" : "your home folder", why: "it is")
        }
        let target = realPath(destination)
        let project = realPath(layout.root)
        let sources = [
            (project, layout.display("") == "" ? "the project folder" : "the project folder " + layout.root),
            (realPath(layout.path(ProjectLayout.contentFolder)), layout.display(ProjectLayout.contentFolder)),
            (realPath(layout.path(ProjectLayout.templatesFolder)), layout.display(ProjectLayout.templatesFolder)),
        ]
        for (source, name) in sources {
            if target == source { throw .overlaps(output: destination, with: name, why: "it is") }
            if isInside(source, target) {
                throw .overlaps(output: destination, with: name, why: "replacing it would delete")
            }
            if source != project, isInside(target, source) {
                throw .overlaps(output: destination, with: name, why: "it lies inside")
            }
        }
    }

    /// Whether `path` lies strictly inside `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
    }

    /// The absolute path with every existing part's links resolved, and the rest appended as
    /// written (the output folder may not exist yet).
    static func realPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = (absolute as NSString).standardizingPath
        var rest: [String] = []
        while !existing.isEmpty, existing != "/" {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                return rest.isEmpty ? base : (base == "/" ? "" : base) + "/" + rest.reversed().joined(separator: "/")
            }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return "/" + rest.reversed().joined(separator: "/")
    }
}
