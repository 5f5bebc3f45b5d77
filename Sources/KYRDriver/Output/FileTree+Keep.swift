import KYRModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileTree {
    /// Puts the files the last build wrote and this one keeps into the folder `root`: a hard
    /// link to each (no bytes copied), or a copy where the file system refuses links. Each is
    /// proved to be the file that was checked, so no file changed since is ever kept.
    static func keep(_ kept: [PreviousOutput.Kept], from previous: String, into root: String) throws(OutputError) {
        try makeFolders(folders(holding: kept.map(\.path)), under: root)
        let failures = Parallel.map(kept) { file -> OutputError? in
            let source = previous + "/" + file.path
            let target = root + "/" + file.path
            if link(source, target) == 0 {
                var info = stat()
                guard lstat(target, &info) == 0 else { return .system(target, errno) }
                guard UInt64(info.st_dev) == file.device, UInt64(info.st_ino) == file.inode else {
                    return .refused("\(source) changed while kyr was building; build again")
                }
                return nil
            }
            guard errno == EXDEV || errno == EPERM || errno == EMLINK || errno == ENOTSUP else {
                return .system(target, errno)
            }
            guard let bytes = SystemFile.read(source), bytes.count == file.entry.size,
                ContentHash(bytes) == file.entry.contents
            else { return .refused("\(source) changed while kyr was building; build again") }
            return writeFile(target, bytes)
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }
}
