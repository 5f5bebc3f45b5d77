/// The lock on an output root a build holds from reading the last build's output to writing
/// its own (`OutputWriter.lock(root:)`).
package struct OutputLock {
    let lock: FolderLock

    package func release() {
        lock.release()
    }
}
