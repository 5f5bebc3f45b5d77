import KYRModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading one file whole, or hashing it as it is read, with the system's calls: the
/// incremental build reads every input and every kept output once, and a file that is not a
/// regular file (or, for outputs, is a symbolic link) is not read at all.
enum SystemFile {
    /// A file's hash and size, and the device and inode it was read from.
    struct Hashed {
        var hash: ContentHash
        var size: Int
        var device: UInt64
        var inode: UInt64
    }

    /// The regular file at `path`, hashed; nil when it cannot be read.
    static func hash(_ path: String, followingLinks: Bool) -> Hashed? {
        var hash = ContentHash()
        var size = 0
        let identity = read(path, followingLinks: followingLinks) { chunk in
            hash.combine(chunk)
            size += chunk.count
        }
        return identity.map { Hashed(hash: hash, size: size, device: $0.device, inode: $0.inode) }
    }

    /// The regular file at `path`, not through a symbolic link; nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        return read(path, followingLinks: false) { bytes += $0 } == nil ? nil : bytes
    }

    /// Hands the file's bytes to `consume` in pieces; its device and inode, or nil on failure.
    private static func read(
        _ path: String, followingLinks: Bool, _ consume: (ArraySlice<UInt8>) -> Void
    ) -> (device: UInt64, inode: UInt64)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return (UInt64(info.st_dev), UInt64(info.st_ino)) }
            consume(buffer[0..<count])
        }
    }
}

/// The system's `read`, which `SystemFile.read` would otherwise shadow.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
