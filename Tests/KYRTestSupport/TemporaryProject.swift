import Foundation

/// A copy of a fixture project in a fresh temporary folder, removed when released, so each
/// test can break files without touching the fixtures or other tests.
package final class TemporaryProject {
    package let url: URL

    /// Copies `fixture` (a folder containing Content/) to a new temporary folder.
    package init(copying fixture: URL) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kyr-test-" + UUID().uuidString)
        try FileManager.default.copyItem(at: fixture, to: url)
    }

    /// An empty project folder.
    package init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kyr-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    package var path: String { url.path }

    /// Writes `contents` at `relativePath` (e.g. `Content/site.yaml`), creating folders.
    package func write(_ relativePath: String, _ contents: String) throws {
        try write(relativePath, Data(contents.utf8))
    }

    package func write(_ relativePath: String, _ data: Data) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    package func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relativePath))
    }

    package func read(_ relativePath: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Every file under the project with its bytes, to prove a command changed nothing.
    package func snapshot() throws -> [String: Data] {
        try FolderContents.files(under: url)
    }
}
