import KYRModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every file a build reads from the project (all of `Content/` and `Templates/`), each with
/// the hash of its bytes, and the files sorted into those of one document (its source, its
/// translations, its history) and the rest, which every output depends on.
///
/// Taken without loading anything, so a build whose inputs did not change can say so at the
/// cost of reading the files once.
package struct InputInventory: Sendable {
    /// Project-relative path to the hash of the file's bytes.
    package private(set) var files: [String: ContentHash] = [:]

    /// Reads every file under the project's `Content/` and `Templates/` folders.
    package init(layout: ProjectLayout) {
        var paths: [String] = []
        for folder in [ProjectLayout.contentFolder, ProjectLayout.templatesFolder] {
            var visited: Set<FolderID> = []
            Self.walk(folder, layout: layout, into: &paths, visited: &visited)
        }
        // A file that cannot be read gets a hash of its own; the build then reads it and says why.
        let hashes = Parallel.map(paths) {
            SystemFile.hash(layout.path($0), followingLinks: true)?.hash ?? ContentHash(Array("unreadable".utf8))
        }
        files = Dictionary(uniqueKeysWithValues: zip(paths, hashes))
    }

    /// An inventory of given files (for tests of what depends on what).
    package init(files: [String: ContentHash]) {
        self.files = files
    }

    /// The document a project file belongs to, from its path alone: `Content/guides/<id>/…`,
    /// `Content/agencies/<id>/…` and `Content/history/{guides,agencies}/<id>.yaml`. Nil for
    /// every other file (site.yaml, strings, templates), which all outputs depend on.
    package static func document(of path: String) -> DocumentRef? {
        // Asked for every file by the build keys and both caches: read in place, without
        // splitting the path into an array of parts.
        guard path.hasPrefix("Content/") else { return nil }
        let rest = path.dropFirst("Content/".count)
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let after = rest[rest.index(after: slash)...]
        func kind(_ name: Substring) -> DocumentKind? {
            name == "guides" ? .guide : name == "agencies" ? .agency : nil
        }
        if let kind = kind(rest[..<slash]) {
            guard let end = after.firstIndex(of: "/") else { return nil }
            return DocumentRef(kind, String(after[..<end]))
        }
        guard rest[..<slash] == "history", let end = after.firstIndex(of: "/"), let kind = kind(after[..<end]) else {
            return nil
        }
        let file = after[after.index(after: end)...]
        guard !file.contains("/"), file.hasSuffix(".yaml") else { return nil }
        return DocumentRef(kind, String(file.dropLast(".yaml".count)))
    }

    /// A folder by device and inode, so a symbolic link back up the tree is walked once.
    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Adds the regular files under `relative` to `paths`, following links as the loader does.
    private static func walk(
        _ relative: String, layout: ProjectLayout, into paths: inout [String], visited: inout Set<FolderID>
    ) {
        var info = stat()
        guard stat(layout.path(relative), &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
        guard visited.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
        guard let names = FileTree.names(in: layout.path(relative)) else {
            paths.append(relative)  // unreadable: hashed as such, so the build reads and reports it
            return
        }
        for name in names.sorted() {
            let path = relative + "/" + name
            var entry = stat()
            guard stat(layout.path(path), &entry) == 0 else {
                paths.append(path)  // a broken link
                continue
            }
            if (entry.st_mode & S_IFMT) == S_IFDIR {
                walk(path, layout: layout, into: &paths, visited: &visited)
            } else {
                paths.append(path)
            }
        }
    }
}
