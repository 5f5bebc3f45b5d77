import KYRModel
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A format's next output while it is being written: a folder beside the destination that
/// takes each file as it is rendered (an `OutputSink`, safe from every thread) and remembers
/// only its hash and size, then is swapped into place whole (`OutputWriter.finish`). The
/// first failure to write is kept and reported when the build finishes; files after it are
/// not written, and the folder is removed instead of swapped.
package final class StagingFolder: OutputSink {
    /// What was written, by path.
    package struct Written: Sendable, Equatable {
        package var contents: ContentHash
        package var size: Int
    }

    let path: String
    private struct State {
        var written: [String: Written] = [:]
        var folders: Set<String> = []
        var failure: OutputError?
    }
    private let state = Mutex(State())

    init(path: String) {
        self.path = path
    }

    package func accept(_ file: OutputFile) {
        if state.withLock({ $0.failure != nil }) { return }
        if let failure = write(file) {
            state.withLock { if $0.failure == nil { $0.failure = failure } }
            return
        }
        let written = Written(contents: file.withBytes { ContentHash($0) }, size: file.size)
        state.withLock { $0.written[file.path] = written }
    }

    /// Every file written so far, by path.
    package var written: [String: Written] { state.withLock { $0.written } }

    /// The first failure to write, if any.
    var failure: OutputError? { state.withLock { $0.failure } }

    private func write(_ file: OutputFile) -> OutputError? {
        if let refusal = FileTree.refusal(of: file.path) { return refusal }
        // Each folder once, those above first; two threads making the same one both succeed.
        var folder = ""
        for part in file.path.split(separator: "/").dropLast() {
            folder += (folder.isEmpty ? "" : "/") + part
            guard !state.withLock({ $0.folders.contains(folder) }) else { continue }
            if mkdir(path + "/" + folder, 0o755) != 0 && errno != EEXIST { return .system(path + "/" + folder, errno) }
            state.withLock { _ = $0.folders.insert(folder) }
        }
        return FileTree.writeFile(path + "/" + file.path, file)
    }
}
