import Foundation
import KYRModel
#if canImport(Glibc)
import Glibc
#endif

/// Writes a rendered site so that readers of the output folder only ever see a complete site:
/// the files go into a staging folder next to the destination, which is swapped into place
/// once everything is written. A build that fails or is interrupted leaves the previous site
/// untouched; its staging folder is removed by the next build.
public struct SiteWriter: Sendable {
    /// The site folder (`Output/site`).
    public let destination: URL

    public init(destination: URL) {
        self.destination = destination.standardizedFileURL
    }

    /// The staging folder: a sibling of the destination, so the final swap is a rename within
    /// one file system.
    public var staging: URL {
        destination.deletingLastPathComponent().appendingPathComponent("." + destination.lastPathComponent + ".kyr-staging")
    }

    /// Writes `files` to the staging folder, then swaps it into place.
    public func write(_ files: [SiteFile]) throws(SiteBuildError) {
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fileManager.fileExists(atPath: staging.path) { try fileManager.removeItem(at: staging) }
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .output("\(staging.path): \(error.localizedDescription)")
        }
        do {
            try writeFiles(files, into: staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw .output(error.localizedDescription)
        }
        try swapIntoPlace()
    }

    private func writeFiles(_ files: [SiteFile], into folder: URL) throws {
        var folders: Set<String> = []
        for file in files {
            guard !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains("..") else {
                throw SiteBuildError.output("refusing to write outside the site: \(file.path)")
            }
            folders.insert(folder.appendingPathComponent(file.path).deletingLastPathComponent().path)
        }
        for path in folders.sorted() {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        // Creating ten thousand files is mostly waiting on the file system: do it on every core.
        let failures = Parallel.map(files) { file -> String? in
            do {
                try Data(file.contents).write(to: folder.appendingPathComponent(file.path))
                return nil
            } catch {
                return "\(file.path): \(error.localizedDescription)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw SiteBuildError.output(failure) }
    }

    /// Puts the staging folder where the destination is: one atomic exchange where the system
    /// has it (Linux `renameat2`), otherwise two renames with the old site restored on failure.
    private func swapIntoPlace() throws(SiteBuildError) {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: destination.path) else {
            guard rename(staging.path, destination.path) == 0 else { throw .output("\(destination.path): \(String(cString: strerror(errno)))") }
            return
        }
        if Self.exchange(staging.path, destination.path) {
            try? fileManager.removeItem(at: staging)  // now the previous site
            return
        }
        let previous = destination.deletingLastPathComponent().appendingPathComponent("." + destination.lastPathComponent + ".kyr-previous")
        try? fileManager.removeItem(at: previous)
        guard rename(destination.path, previous.path) == 0 else {
            try? fileManager.removeItem(at: staging)
            throw .output("\(destination.path): \(String(cString: strerror(errno)))")
        }
        guard rename(staging.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(previous.path, destination.path)
            try? fileManager.removeItem(at: staging)
            throw .output("\(destination.path): \(reason)")
        }
        try? fileManager.removeItem(at: previous)
    }

    /// Atomically exchanges two paths with `renameat2(RENAME_EXCHANGE)`; false where that is
    /// unavailable. Looked up at run time because Swift's Glibc module does not export it.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }
}
