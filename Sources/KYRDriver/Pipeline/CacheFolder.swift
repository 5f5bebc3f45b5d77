#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `.kyr-cache` under an output root, where the memories between runs (`FitCache`,
/// `CheckCache`) keep their files. Written only into an output folder that exists (a check
/// creates no folder), never through a link, each file replaced at once.
enum CacheFolder {
    static let name = ".kyr-cache"

    /// The path of the cache file `file` under `outputRoot`.
    static func path(_ file: String, in outputRoot: String) -> String {
        outputRoot + "/" + name + "/" + file
    }

    /// Replaces the cache file `file` under `outputRoot` with `bytes` at once (written beside
    /// it, then renamed), when the output folder exists; creates `.kyr-cache` when needed.
    /// Whether the file now holds `bytes`; a failure only means the next run does more work.
    @discardableResult
    static func replace(_ file: String, in outputRoot: String, with bytes: [UInt8]) -> Bool {
        guard isFolder(outputRoot) else { return false }
        let folder = outputRoot + "/" + name
        if mkdir(folder, 0o755) != 0 && errno != EEXIST { return false }
        guard isFolder(folder) else { return false }
        let target = path(file, in: outputRoot)
        let temporary = target + ".\(getpid()).tmp"
        guard FileTree.writeFile(temporary, bytes) == nil else {
            unlink(temporary)
            return false
        }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
