import KYRModel
import Mustache

/// The Mustache templates and stylesheet a site is rendered with: the ones bundled in kyr,
/// each replaced by the project's own file of the same name (read from `Templates/html/` by
/// the driver). A project may also add templates of its own, for its templates to use as partials.
package struct SiteTemplates: Sendable {
    /// The stylesheet's file name, in the bundle and in the project folder.
    package static let stylesheetName = "style.css"

    let library: MustacheLibrary
    /// The CSS written to `style.css`.
    package let stylesheet: String
    /// The templates (and stylesheet) the project overrides, by file name, sorted.
    package let overridden: [String]

    /// The bundled templates only; they are tested to parse.
    package static let bundledTemplates: SiteTemplates = {
        do {
            return try SiteTemplates(files: [:], folder: nil)
        } catch {
            fatalError("a bundled template does not parse: \(error)")
        }
    }()

    /// Whether `name` (a path under the templates folder) is a file templates are made of.
    package static func isTemplateFile(_ name: String) -> Bool {
        name.hasSuffix(".mustache") || name == stylesheetName
    }

    /// Templates from `files` (file name → text) over the bundled ones; `folder` names where
    /// they came from in messages.
    package init(files: [String: String], folder: String?) throws(RenderError) {
        HTMLEscaping.registered
        var library = MustacheLibrary()
        var merged = BundledTemplates.files
        for (name, text) in files { merged[name] = text }
        for (name, text) in merged.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".mustache") {
            do {
                let templateName = String(name.dropLast(".mustache".count))
                // On a line of its own, which Mustache removes: the template renders as written.
                library.register(try MustacheTemplate(string: Self.escaping + text), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                let file = files[name] != nil ? (folder.map { $0 + "/" } ?? "") + name : "bundled template " + name
                // Lines as the file numbers them, without the line put before it.
                let line = max(1, error.context.lineNumber - 1)
                throw RenderError(
                    file: file, line: line, column: error.context.columnNumber,
                    message: "template does not parse: \(error.error)",
                    sourceLine: SourceLines.line(line, of: text).map(String.init))
            } catch {
                throw RenderError(file: name, line: 1, column: 1, message: "template does not parse: \(error)")
            }
        }
        self.library = library
        stylesheet = merged[Self.stylesheetName] ?? ""
        overridden = files.keys.sorted()
    }

    /// What every site template starts with: `{{name}}` escapes as HTML, by `HTMLEscaping`.
    static let escaping = "{{%CONTENT_TYPE: \(HTMLEscaping.name)}}\n"

    /// Renders `values` with the template called `name` (its file name without `.mustache`).
    package func render(_ values: [String: Any], with name: String) -> String {
        library.render(values, withTemplate: name) ?? ""
    }

    /// Renders typed `values` with the template called `name`.
    package func render(_ values: TemplateObject, with name: String) -> String {
        render(.object(values), with: name)
    }

    func render(_ values: TemplateValue, with name: String) -> String {
        library.render(values, withTemplate: name) ?? ""
    }
}
