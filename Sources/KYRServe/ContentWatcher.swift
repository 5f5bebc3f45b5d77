import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells whether anything under a project's `Content/` and `Templates/` changed, by comparing
/// each file's modification time, size and inode with the last look: portable, no dependency,
/// and cheap for the few hundred files of a project. An editor that saves by renaming a new
/// file into place changes the inode; one that writes in place, the time or the size.
package struct ContentWatcher: Sendable {
    /// What one look saw: each file's path and its stamp.
    package struct Snapshot: Equatable, Sendable {
        package var files: [String: Stamp]
    }

    /// What changes when a file is written or replaced.
    package struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    /// The folders watched (`Content`, `Templates`), as paths.
    package let folders: [String]

    package init(folders: [String]) {
        self.folders = folders
    }

    /// Every file under the watched folders now; a folder that does not exist has none.
    package func snapshot() -> Snapshot {
        var files: [String: Stamp] = [:]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = folder + "/" + relative
                var info = stat()
                // stat, not lstat: a file reached through a link counts as the file it names.
                guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                #if canImport(Darwin)
                    let time = info.st_mtimespec
                #else
                    let time = info.st_mtim
                #endif
                files[path] = Stamp(
                    seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int64(info.st_size),
                    inode: UInt64(info.st_ino))
            }
        }
        return Snapshot(files: files)
    }

    /// The paths that were added, removed or changed between two looks, sorted.
    package static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        let paths = Set(old.files.keys).union(new.files.keys)
        return paths.filter { old.files[$0] != new.files[$0] }.sorted()
    }
}
