import Foundation

/// Paths of the test fixtures, found from this source file so tests run from any folder.
enum Fixtures {
    /// `Tests/KYRTests`.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    /// The package root (holds Package.swift and the bundled Content/).
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    static let golden = testsDirectory.appendingPathComponent("Golden")

    /// A fixture project folder by name (`minimal`, `bad-project`, ...).
    static func project(_ name: String) -> URL {
        fixtures.appendingPathComponent(name)
    }
}
