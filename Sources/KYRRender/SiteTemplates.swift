import Foundation
import Mustache

/// The Mustache templates and stylesheet a site is rendered with: the ones bundled in kyr,
/// each replaced by the project's own file of the same name in `<project>/Templates/html/`.
/// A project may also add templates of its own, for its templates to use as partials.
public struct SiteTemplates: Sendable {
    /// The folder, under a project, whose files override the bundled ones.
    public static let projectFolder = "Templates/html"
    /// The stylesheet's file name, in the bundle and in the project folder.
    public static let stylesheetName = "style.css"

    let library: MustacheLibrary
    /// The CSS written to `style.css`.
    public let stylesheet: String
    /// The templates (and stylesheet) the project overrides, by file name, sorted.
    public let overridden: [String]

    /// The bundled templates only.
    public static func bundled() throws(SiteBuildError) -> SiteTemplates {
        try SiteTemplates(files: [:], folder: nil)
    }

    /// The bundled templates, overridden by `<projectDirectory>/Templates/html/` where it has them.
    public static func load(projectDirectory: String) throws(SiteBuildError) -> SiteTemplates {
        let folder = URL(fileURLWithPath: projectDirectory).appendingPathComponent(projectFolder)
        return try SiteTemplates(files: readFolder(folder), folder: projectFolder)
    }

    /// Templates from `files` (file name → text) over the bundled ones; `folder` names where
    /// they came from in messages.
    public init(files: [String: String], folder: String?) throws(SiteBuildError) {
        var library = MustacheLibrary()
        var merged = BundledTemplates.files
        for (name, text) in files { merged[name] = text }
        for (name, text) in merged.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".mustache") {
            do {
                library.register(try MustacheTemplate(string: text), named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                let file = files[name] != nil ? (folder.map { $0 + "/" } ?? "") + name : "bundled template " + name
                throw .template(file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                                message: "template does not parse: \(error.error)")
            } catch {
                throw .template(file: name, line: 1, column: 1, message: "template does not parse: \(error)")
            }
        }
        self.library = library
        stylesheet = merged[Self.stylesheetName] ?? ""
        overridden = files.keys.sorted()
    }

    /// Renders `values` with the template called `name` (its file name without `.mustache`).
    public func render(_ values: [String: Any], with name: String) -> String {
        library.render(values, withTemplate: name) ?? ""
    }

    /// `.mustache` files and the stylesheet under `folder`, by path relative to it.
    private static func readFolder(_ folder: URL) throws(SiteBuildError) -> [String: String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { return [:] }
        var files: [String: String] = [:]
        let prefix = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walker {
            let name = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            guard name.hasSuffix(".mustache") || name == stylesheetName else { continue }
            do {
                files[name] = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw .template(file: projectFolder + "/" + name, line: 1, column: 1, message: "cannot read the template (is it UTF-8?)")
            }
        }
        return files
    }
}
