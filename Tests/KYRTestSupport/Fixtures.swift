import Foundation

/// Paths of the test fixtures, found from this source file so tests run from any folder.
package enum Fixtures {
    /// `Tests/`.
    package static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The package root (holds Package.swift and the bundled Content/).
    package static let packageRoot = testsDirectory.deletingLastPathComponent()
    package static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    package static let golden = testsDirectory.appendingPathComponent("Golden")

    /// A fixture project folder by name (`minimal`, `bad-project`, ...).
    package static func project(_ name: String) -> URL {
        fixtures.appendingPathComponent(name)
    }
}
