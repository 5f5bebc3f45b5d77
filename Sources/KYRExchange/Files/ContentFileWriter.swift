import Foundation
import KYRModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file of the content tree in place of the old one so that a reader (or a killed
/// run) sees either the old file or the new one, never half of each, and the file stays what
/// it was: its mode and owner, and, for a symbolic link, the link (the file it points at is
/// rewritten). A file with other hard links is rewritten in place, since replacing it would
/// cut it off from them. Temporary files are named `.<name>.kyr-tmp-<pid>-<random>` beside it,
/// removed on failure, and swept by the next run (`sweepTemporaries`).
package enum ContentFileWriter {
    /// Why a content file could not be written; nothing was changed.
    package struct Failure: KYRError, Equatable {
        package var path: String
        package var code: Int32

        package var exitStatus: Int32 { 2 }
        package var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
    }

    static let temporaryMarker = ".kyr-tmp-"

    /// Replaces the file at `path` (which may not exist yet) with `contents`.
    package static func write(_ contents: String, to path: String, display: String) throws(Failure) {
        let target = resolvedTarget(path)
        var info = stat()
        let exists = stat(target, &info) == 0
        if exists, info.st_nlink > 1 {
            try writeInPlace(contents, to: target, display: display)
            return
        }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary =
            (folder.isEmpty ? "." : folder) + "/." + name + temporaryMarker + String(getpid()) + "-"
            + String(UInt32.random(in: .min ... .max), radix: 16)
        let descriptor = open(
            temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, exists ? info.st_mode & 0o7777 : 0o644)
        guard descriptor >= 0 else { throw Failure(path: display, code: errno) }
        var failed: Int32 = 0
        if exists {
            // Keep owner and mode (the umask would otherwise have its say); owner changes need privilege.
            _ = fchown(descriptor, info.st_uid, info.st_gid)
            if fchmod(descriptor, info.st_mode & 0o7777) != 0 { failed = errno }
        }
        if failed == 0 { failed = writeAll(Array(contents.utf8), to: descriptor) }
        if failed == 0, fsync(descriptor) != 0 { failed = errno }
        close(descriptor)
        if failed == 0, rename(temporary, target) != 0 { failed = errno }
        guard failed == 0 else {
            unlink(temporary)
            throw Failure(path: display, code: failed)
        }
    }

    /// Creates the file at `path` with `contents`; fails, changing nothing, if anything is there.
    package static func create(_ contents: String, at path: String, display: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: display, code: errno) }
        var failed = writeAll(Array(contents.utf8), to: descriptor)
        if failed == 0, fsync(descriptor) != 0 { failed = errno }
        close(descriptor)
        if failed != 0 {
            unlink(path)
            throw Failure(path: display, code: failed)
        }
    }

    /// The file a path names, following symbolic links, so the link itself is kept.
    package static func resolvedTarget(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let real = realpath(path, nil) else {
            return path
        }
        defer { free(real) }
        return String(cString: real)
    }

    private static func writeInPlace(_ contents: String, to path: String, display: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: display, code: errno) }
        defer { close(descriptor) }
        var failed = writeAll(Array(contents.utf8), to: descriptor)
        if failed == 0, fsync(descriptor) != 0 { failed = errno }
        if failed != 0 { throw Failure(path: display, code: failed) }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                systemWrite(descriptor, $0.baseAddress! + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return 0
    }

    /// Removes temporary files a killed run left under `folder` (recursively).
    package static func sweepTemporaries(under folder: String) {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return }
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix("."), name.contains(temporaryMarker) {
                unlink(folder + "/" + relative)
            }
        }
    }
}

/// The system's `write`, which `ContentFileWriter.write` would otherwise shadow.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
