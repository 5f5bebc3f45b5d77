import Foundation
import KYRCheck
import KYRLoad
import KYRModel

/// Loads and checks a project in-process, as `kyr check` does, with a fixed day.
enum Checking {
    static let today = ContentDate("2026-11-22")!

    static func diagnostics(_ project: String, today: ContentDate = today) throws -> [Diagnostic] {
        let loaded = try ContentLoader(projectDirectory: project).load()
        let checked = ContentChecker(context: CheckContext(today: today)).check(loaded.content)
        return (loaded.diagnostics + checked).sorted()
    }

    /// Diagnostics as `path:line:col: severity: message [code]` with paths relative to the project.
    static func lines(_ project: String, today: ContentDate = today) throws -> [String] {
        try diagnostics(project, today: today).map { line($0, relativeTo: project) }
    }

    static func line(_ d: Diagnostic, relativeTo project: String) -> String {
        var location = d.location
        let prefix = project.hasSuffix("/") ? project : project + "/"
        if location.file.hasPrefix(prefix) { location.file = String(location.file.dropFirst(prefix.count)) }
        return "\(location.description): \(d.severity.rawValue): \(d.message) [\(d.code.rawValue)]"
    }
}
