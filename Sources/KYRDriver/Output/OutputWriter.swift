import Foundation
import KYRModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one format's files so that readers of the output folder only ever see a complete
/// output: the files go into a staging folder next to the destination (a name of this run's
/// own), which is swapped into place once everything is written. A build that fails or is
/// interrupted leaves the previous output untouched; its staging folder is removed by the
/// next build.
///
/// kyr replaces only what it wrote: every output folder carries a marker file, and a folder
/// without one (hand-made files, a project folder) is refused unless the build is forced.
/// Symbolic links are never followed for the output folder or what is in it, and one build
/// at a time writes into an output folder (an exclusive lock on it; the next build waits).
package struct OutputWriter: Sendable {
    /// The file kyr leaves in every folder it writes, so it knows the folder is its own.
    package static let marker = ".kyr-output"

    /// The format's folder (`Output/site`).
    package let destination: String
    /// Replace a destination that lacks the marker (never overrides any other rule).
    package let force: Bool

    package init(destination: String, force: Bool = false) {
        self.destination = destination
        self.force = force
    }

    /// The folder that holds the destination (`Output`).
    var parent: String {
        let parent = (destination as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    var name: String { (destination as NSString).lastPathComponent }

    /// Staging folders of this destination are named `.<name>.kyr-staging-…`.
    var stagingPrefix: String { "." + name + ".kyr-staging" }

    /// Writes `files` to a staging folder, with the `kept` files of the output there now,
    /// then swaps it into place. With `locked`, the caller holds the output lock
    /// (`OutputWriter.lock`) already.
    package func write(_ files: [OutputFile], keeping kept: [PreviousOutput.Kept] = [], locked: Bool = false)
        throws(OutputError)
    {
        try createParent()
        let lock = locked ? nil : try FolderLock(folder: parent)
        defer { lock?.release() }
        let staging = try stage()
        // Creating ten thousand files is mostly waiting on the file system: do it on every core.
        _ = Parallel.map(files) { staging.accept($0) }
        try finish(staging, keeping: kept)
    }

    /// A new staging folder for the destination, for a build to write its files into as it
    /// renders them; the caller holds the output lock (`OutputWriter.lock`) until it calls
    /// `finish` or `abandon`.
    package func stage() throws(OutputError) -> StagingFolder {
        try createParent()
        try checkDestination()
        removeStaleStaging()
        let path =
            parent + "/" + stagingPrefix + "-" + String(getpid()) + "-"
            + String(UInt32.random(in: .min ... .max), radix: 16)
        guard mkdir(path, 0o755) == 0 else { throw .system(path, errno) }
        return StagingFolder(path: path)
    }

    /// Puts the `kept` files of the output there now and the marker beside what `staging`
    /// holds, then swaps it into place; on any failure, including one while it was being
    /// written, removes it and leaves the output as it was.
    package func finish(
        _ staging: StagingFolder, keeping kept: [PreviousOutput.Kept] = [], adding extra: [OutputFile] = []
    ) throws(OutputError) {
        do throws(OutputError) {
            for file in extra + [OutputFile(path: Self.marker, text: Self.markerText)] { staging.accept(file) }
            if let failure = staging.failure { throw failure }
            try FileTree.keep(kept, from: destination, into: staging.path)
            try swapIntoPlace(staging.path)
        } catch {
            abandon(staging)
            throw error
        }
    }

    /// Removes a staging folder that will not be swapped into place (a render that failed).
    package func abandon(_ staging: StagingFolder) {
        FileTree.remove(staging.path)
    }

    static let markerText = "This folder was written by kyr build; kyr replaces it whole on the next build.\n"

    /// Creates the output root (`Output`) if it is missing and takes its lock: what a build
    /// holds while it reads the last build's output and writes the next, so no other build
    /// changes it in between. Released when the process ends, however it ends.
    package static func lock(root: String) throws(OutputError) -> OutputLock {
        try OutputWriter(destination: root + "/-").createParent()
        return OutputLock(lock: try FolderLock(folder: root))
    }

    /// The destination's folder, created if missing; never a symbolic link.
    private func createParent() throws(OutputError) {
        var info = stat()
        if lstat(parent, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFLNK { throw .symbolicLink(parent) }
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(parent) }
            return
        }
        try FileTree.makeFolders(parent)
    }

    /// Refuses a destination kyr did not write: a symbolic link always; a file or a folder
    /// without the marker unless forced (an empty folder is harmless).
    private func checkDestination() throws(OutputError) {
        var info = stat()
        guard lstat(destination, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            throw .symbolicLink(destination)
        case S_IFDIR:
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: destination)) ?? []
            if entries.isEmpty || force { return }
            var markerInfo = stat()
            let marker = destination + "/" + Self.marker
            guard lstat(marker, &markerInfo) == 0, (markerInfo.st_mode & S_IFMT) == S_IFREG else {
                throw .notWrittenByKyr(destination)
            }
        default:
            if !force { throw .notWrittenByKyr(destination) }
        }
    }

    /// Staging folders left by builds that were killed: with the lock held, no live build owns one.
    private func removeStaleStaging() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(stagingPrefix) || name == "." + self.name + ".kyr-previous" {
            FileTree.remove(parent + "/" + name)
        }
    }

    /// Puts the staging folder where the destination is: one atomic exchange where the system
    /// has it (Linux `renameat2`), otherwise two renames with the old output restored on failure.
    private func swapIntoPlace(_ staging: String) throws(OutputError) {
        var info = stat()
        guard lstat(destination, &info) == 0 else {
            guard rename(staging, destination) == 0 else { throw .system(destination, errno) }
            return
        }
        if Self.exchange(staging, destination) {
            FileTree.remove(staging)  // now the previous output
            return
        }
        // A forced replacement of a file, or a system without the exchange: the old output is
        // moved aside, then restored if the new one cannot take its place.
        let previous = parent + "/." + name + ".kyr-previous"
        FileTree.remove(previous)
        guard rename(destination, previous) == 0 else { throw .system(destination, errno) }
        guard rename(staging, destination) == 0 else {
            let code = errno
            _ = rename(previous, destination)
            throw .system(destination, code)
        }
        FileTree.remove(previous)
    }

    /// Atomically exchanges two paths: `renameat2(RENAME_EXCHANGE)` on Linux (looked up at run
    /// time because Swift's Glibc module does not export it), `renamex_np(RENAME_SWAP)` on
    /// Apple systems; false where neither works, and the caller falls back to two renames.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            typealias RenameAt2 =
                @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 1 << 1
            return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #elseif canImport(Darwin)
            return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
            return false
        #endif
    }
}
