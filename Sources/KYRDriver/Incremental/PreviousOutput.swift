import KYRModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A format's folder as the last build left it, read through its manifest: which of its files
/// are still what that build wrote (a file edited or replaced by hand since is not, and is
/// rendered again). Read with the output lock held; never follows a symbolic link at a file.
package struct PreviousOutput: Sendable {
    package let destination: String
    package let manifest: BuildManifest

    /// A file that may be kept, with the identity of what was checked, so the link made later
    /// can be proved to be of the same file.
    package struct Kept: Sendable {
        package var path: String
        package var entry: BuildManifest.Entry
        package var device: UInt64
        package var inode: UInt64
    }

    /// The last build's output at `destination`; nil when there is none kyr wrote, or its
    /// manifest is missing or not this kyr's.
    package static func read(_ destination: String) -> PreviousOutput? {
        guard isRegularFile(destination + "/" + OutputWriter.marker),
            let bytes = SystemFile.read(destination + "/" + BuildManifest.fileName),
            let manifest = BuildManifest(bytes: bytes)
        else { return nil }
        return PreviousOutput(destination: destination, manifest: manifest)
    }

    /// Of the files wanted (path and the key it would be made under now), those the last build
    /// made under the same key and that still hold the bytes it wrote.
    package func keep(_ wanted: [(path: String, key: ContentHash)]) -> [Kept] {
        let candidates = wanted.compactMap { wanted -> (String, BuildManifest.Entry)? in
            guard let entry = manifest.entries[wanted.path], entry.key == wanted.key else { return nil }
            return (wanted.path, entry)
        }
        return Parallel.map(candidates) { path, entry -> Kept? in
            guard let file = SystemFile.hash(destination + "/" + path, followingLinks: false), file.size == entry.size,
                file.hash == entry.contents
            else { return nil }
            return Kept(path: path, entry: entry, device: file.device, inode: file.inode)
        }.compactMap { $0 }
    }

    /// Whether the folder holds exactly the manifest's files (with the marker and the manifest),
    /// each as written: then a build with the same inputs has nothing to do.
    package func isIntact() -> Bool {
        var found: [String] = []
        guard Self.list("", in: destination, into: &found) else { return false }
        let expected = Set(manifest.entries.keys).union([OutputWriter.marker, BuildManifest.fileName])
        guard found.count == expected.count, Set(found) == expected else { return false }
        let kept = keep(manifest.entries.map { (path: $0.key, key: $0.value.key) })
        return kept.count == manifest.entries.count
    }

    /// Every regular file under `relative` of `root`; false at a symbolic link or anything else
    /// that is neither file nor folder.
    private static func list(_ relative: String, in root: String, into found: inout [String]) -> Bool {
        guard let names = FileTree.names(in: relative.isEmpty ? root : root + "/" + relative) else { return false }
        for name in names {
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0 else { return false }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: guard list(path, in: root, into: &found) else { return false }
            case S_IFREG: found.append(path)
            default: return false
            }
        }
        return true
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
