import KYRModel
import Mustache

/// The Mustache templates plain texts are rendered with: the ones bundled in kyr, each replaced
/// by the project's own file of the same name in `Templates/text/` (read by the driver). A
/// project may add templates of its own, for its templates to include as partials.
///
/// Text templates are named `<name>.txt.mustache` and included by `<name>` (`{{> unit}}`). Each
/// starts with `{{%CONTENT_TYPE: TEXT}}`, so values are inserted as they are, not HTML-escaped
/// (swift-mustache sets the content type per template, partials included).
package struct TextTemplates: Sendable {
    /// The ending of a text template's file name.
    package static let fileExtension = ".txt.mustache"

    let library: MustacheLibrary
    /// The templates the project overrides or adds, by file name, sorted.
    package let overridden: [String]

    /// The bundled templates only; they are tested to parse.
    package static let bundledTemplates: TextTemplates = {
        do {
            return try TextTemplates(files: [:], folder: nil)
        } catch {
            fatalError("a bundled text template does not parse: \(error)")
        }
    }()

    /// Whether `name` (a path under the templates folder) is a text template.
    package static func isTemplateFile(_ name: String) -> Bool {
        name.hasSuffix(fileExtension)
    }

    /// Templates from `files` (file name → text) over the bundled ones; `folder` names where
    /// they came from in messages.
    package init(files: [String: String], folder: String?) throws(RenderError) {
        var library = MustacheLibrary()
        var merged = BundledTextTemplates.files
        for (name, text) in files { merged[name] = text }
        for (name, text) in merged.sorted(by: { $0.key < $1.key }) where Self.isTemplateFile(name) {
            let file = files[name] != nil ? (folder.map { $0 + "/" } ?? "") + name : "bundled template " + name
            do {
                library.register(
                    try MustacheTemplate(string: text), named: String(name.dropLast(Self.fileExtension.count)))
            } catch let error as MustacheTemplate.ParserError {
                throw RenderError(
                    file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: "template does not parse: \(error.error)",
                    sourceLine: SourceLines.line(error.context.lineNumber, of: text).map(String.init))
            } catch {
                throw RenderError(file: file, line: 1, column: 1, message: "template does not parse: \(error)")
            }
        }
        self.library = library
        overridden = files.keys.sorted()
    }

    /// Renders `values` with the template called `name` (its file name without `.txt.mustache`).
    package func render(_ values: [String: Any], with name: String) -> String {
        library.render(values, withTemplate: name) ?? ""
    }
}
