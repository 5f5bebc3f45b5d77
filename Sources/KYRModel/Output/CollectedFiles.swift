import Synchronization

/// A sink that keeps what it is given, for rendering in memory (tests, previews of one page).
package final class CollectedFiles: OutputSink {
    private let collected = Mutex<[OutputFile]>([])

    package init() {}

    package func accept(_ file: OutputFile) {
        collected.withLock { $0.append(file) }
    }

    /// The files accepted so far, in the order they came.
    package var files: [OutputFile] { collected.withLock { $0 } }
}
