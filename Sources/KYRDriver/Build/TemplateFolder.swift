import Foundation
import KYRLoad
import KYRModel

/// Reads a project's template folder (`Templates/html/`): the renderers do no I/O.
enum TemplateFolder {
    /// The files under `folder` that `accept` takes, by path relative to it; none when the
    /// folder does not exist. A file (or the folder) that is a link to a place outside
    /// `projectRoot` is refused: templates are published, and nothing from outside the
    /// project may be.
    static func read(
        _ folder: String, display: String, projectRoot: String, accept: (String) -> Bool
    ) throws(RenderError) -> [String: String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return [:]
        }
        let root = ProjectPath.real(projectRoot) ?? projectRoot
        func refuseOutside(_ path: String, _ name: String) throws(RenderError) {
            guard let real = ProjectPath.real(path), !ProjectPath.isInside(real, root) else { return }
            throw RenderError(
                file: name, line: 1, column: 1,
                message:
                    "a symbolic link to \(real), outside the project; kyr publishes only files inside the project folder"
            )
        }
        try refuseOutside(folder, display)
        var files: [String: String] = [:]
        let base = URL(fileURLWithPath: folder)
        let prefix = base.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [:] }
        for case let url as URL in walker {
            let name = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            guard accept(name) else { continue }
            try refuseOutside(url.path, display + "/" + name)
            do {
                files[name] = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw RenderError(
                    file: display + "/" + name, line: 1, column: 1, message: "cannot read the template (is it UTF-8?)")
            }
        }
        return files
    }
}
