import Foundation
import KYRDriver
import KYRModel

/// Loads and checks a project in-process, as `kyr check` does, with a fixed day.
package enum Checking {
    package static let today = ContentDate("2026-11-22")!

    /// The project loaded and checked.
    package static func project(_ project: String, today: ContentDate = today) throws -> CheckedProject {
        try CheckedProject.load(ProjectLayout(root: project), today: today)
    }

    package static func diagnostics(_ project: String, today: ContentDate = today) throws -> [Diagnostic] {
        try self.project(project, today: today).diagnostics
    }

    /// The content of a project, loaded.
    package static func content(_ project: String) throws -> ContentSet {
        try self.project(project).content
    }

    /// Diagnostics as `path:line:col: severity: message [code]` with paths relative to the project.
    package static func lines(_ project: String, today: ContentDate = today) throws -> [String] {
        try diagnostics(project, today: today).map { line($0, relativeTo: project) }
    }

    package static func line(_ d: Diagnostic, relativeTo project: String) -> String {
        var location = d.location
        let prefix = project.hasSuffix("/") ? project : project + "/"
        if location.file.hasPrefix(prefix) { location.file = String(location.file.dropFirst(prefix.count)) }
        return "\(location.description): \(d.severity.rawValue): \(d.message) [\(d.code.rawValue)]"
    }
}
