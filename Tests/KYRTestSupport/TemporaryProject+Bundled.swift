import Foundation

extension TemporaryProject {
    /// A copy of the bundled `Content/` alone (not the rest of the repository) in a new project folder.
    package static func bundled() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try FileManager.default.copyItem(
            at: Fixtures.packageRoot.appendingPathComponent("Content"),
            to: project.url.appendingPathComponent("Content"))
        return project
    }
}
