import Foundation
import KYRModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing and removing whole trees of files with the system's own calls, so a failure
/// keeps its reason ("No space left on device") and no symbolic link is ever followed.
enum FileTree {
    /// Writes `files` under the folder `root`, which exists and is empty.
    static func write(_ files: [OutputFile], into root: String) throws(OutputError) {
        for file in files { if let refusal = refusal(of: file.path) { throw refusal } }
        try makeFolders(folders(holding: files.map(\.path)), under: root)
        // Creating ten thousand files is mostly waiting on the file system: do it on every core.
        let failures = Parallel.map(files) { file -> OutputError? in
            writeFile(root + "/" + file.path, file)
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// Why a file may not be written at `path` (relative to a folder kyr writes): a path that
    /// would leave the folder, or an empty or `.` part; nil when it may.
    static func refusal(of path: String) -> OutputError? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !parts.contains(".."), !parts.contains(""), !parts.contains(".") else {
            return .refused("refusing to write outside the output folder: \(path)")
        }
        return nil
    }

    /// Every folder above the files at `paths`, each path's folders from the top.
    static func folders(holding paths: [String]) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            var folder = ""
            for part in path.split(separator: "/").dropLast() {
                folder += (folder.isEmpty ? "" : "/") + part
                folders.insert(folder)
            }
        }
        return folders
    }

    /// Makes each of `folders` (relative to `root`), those above first.
    static func makeFolders(_ folders: Set<String>, under root: String) throws(OutputError) {
        // Sorted, so a folder is made before the folders inside it.
        for folder in folders.sorted() where mkdir(root + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw .system(root + "/" + folder, errno)
        }
    }

    static func writeFile(_ path: String, _ file: OutputFile) -> OutputError? {
        file.withBytes { writeFile(path, $0) }
    }

    static func writeFile(_ path: String, _ contents: [UInt8]) -> OutputError? {
        contents.withUnsafeBytes { writeFile(path, $0) }
    }

    static func writeFile(_ path: String, _ contents: UnsafeRawBufferPointer) -> OutputError? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .system(path, errno) }
        defer { close(descriptor) }
        var written = 0
        while written < contents.count {
            let count = systemWrite(descriptor, contents.baseAddress! + written, contents.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return .system(path, errno)
            }
            written += count
        }
        return nil
    }

    /// Creates the folder `path` and any missing folders above it.
    static func makeFolders(_ path: String) throws(OutputError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(path) }
            return
        }
        let above = (path as NSString).deletingLastPathComponent
        if !above.isEmpty, above != path { try makeFolders(above) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw .system(path, errno) }
    }

    /// Removes `path` and everything under it, never following a symbolic link; folders that
    /// are read-only (an old output copied with its modes) are made writable first.
    static func remove(_ path: String) {
        // An old site of 20,000 files took a tenth of a one-unit rebuild to remove one by one:
        // the folders at the top (one per language) are removed side by side.
        removeTree(path, sideBySide: true)
    }

    private static func removeTree(_ path: String, sideBySide: Bool = false) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            unlink(path)
            return
        }
        if info.st_mode & 0o700 != 0o700 { chmod(path, info.st_mode | 0o700) }
        let entries = entries(in: path) ?? []
        if sideBySide {
            _ = Parallel.map(entries) { removeEntry($0, in: path) }
        } else {
            for entry in entries { removeEntry(entry, in: path) }
        }
        rmdir(path)
    }

    /// Removes an entry of a folder. What the listing says is not a folder is unlinked without
    /// asking the system about it first; a folder put there since is then removed as one.
    private static func removeEntry(_ entry: (name: String, isFolder: Bool?), in folder: String) {
        let path = folder + "/" + entry.name
        if entry.isFolder == false, unlink(path) == 0 || errno == ENOENT { return }
        removeTree(path)
    }

    /// The entries of the folder at `path` (not `.` and `..`) with whether each is a folder,
    /// nil where the listing does not say; nil when it cannot be read.
    private static func entries(in path: String) -> [(name: String, isFolder: Bool?)]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var entries: [(name: String, isFolder: Bool?)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != "." && name != ".." else { continue }
            let type = entry.pointee.d_type
            entries.append((name, type == UInt8(DT_UNKNOWN) ? nil : type == UInt8(DT_DIR)))
        }
        return entries
    }

    /// The names in the folder at `path` (not `.` and `..`), as the system lists them; nil when
    /// it cannot be read.
    static func names(in path: String) -> [String]? {
        entries(in: path)?.map(\.name)
    }
}

/// The system's `write`, which `FileTree.write` would otherwise shadow.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
