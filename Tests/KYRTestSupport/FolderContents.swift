import Foundation

/// Every regular file under a folder, by its path below the folder ("/en/index.html"): to compare
/// two builds byte for byte, or prove a command changed nothing.
package enum FolderContents {
    /// Each file's bytes.
    package static func files(under folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let file = walker?.nextObject() as? URL {
            if try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                result[String(file.standardizedFileURL.path.dropFirst(root.count))] = try Data(contentsOf: file)
            }
        }
        return result
    }

    /// Each file as UTF-8 text (invalid bytes replaced).
    package static func texts(under folder: URL) throws -> [String: String] {
        try files(under: folder).mapValues { String(decoding: $0, as: UTF8.self) }
    }
}
