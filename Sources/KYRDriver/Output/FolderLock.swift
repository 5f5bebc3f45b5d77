import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a folder (`flock` on the folder itself, so no lock file is left
/// behind): the second of two builds into one output folder, or of two stamps of one
/// project's content, waits for the first to finish instead of interleaving with it.
/// Released when the process ends, however it ends.
struct FolderLock {
    private let descriptor: Int32

    init(folder: String) throws(OutputError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(folder, errno) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(descriptor)
            throw .system(folder, code)
        }
        self.descriptor = descriptor
    }

    func release() {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
