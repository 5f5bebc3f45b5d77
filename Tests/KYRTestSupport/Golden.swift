import Foundation
import Testing

/// Golden files: expected output kept in `Tests/KYRTests/Golden`. Run with `KYR_RECORD=1`
/// to rewrite them from the current output, then review the diff before committing.
package enum Golden {
    package static var isRecording: Bool { ProcessInfo.processInfo.environment["KYR_RECORD"] == "1" }

    package static func check(
        _ actual: String, matches name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let file = Fixtures.golden.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                "golden file \(name) is missing; run the tests with KYR_RECORD=1 to create it",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected, "output differs from golden file \(name) (KYR_RECORD=1 rewrites it)",
            sourceLocation: sourceLocation)
    }
}
