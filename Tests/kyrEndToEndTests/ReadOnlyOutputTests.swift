import Foundation
import KYRTestSupport
import Testing

/// An old output whose folders are read-only (copied with their modes, or made so by a tool)
/// must not break the next build, nor every build after it.
@Suite struct ReadOnlyOutputTests {
    /// Root ignores file modes, so the builds run as `nobody` through `setpriv`.
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ command: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(
        .enabled(
            if: getuid() == 0 && setpriv != nil && KyrBinary.url != nil,
            "needs root and setpriv to build as another user"))
    func aReadOnlyOldSiteIsReplacedAndLeavesNothingBehind() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        // `nobody` runs a copy in a folder it can reach: the checkout may sit in a folder only
        // root may enter (a clone under `mktemp -d`, mode 700).
        let tools = try TemporaryProject()
        let kyr = tools.path + "/kyr"
        try FileManager.default.copyItem(atPath: try #require(KyrBinary.url).path, toPath: kyr)
        #expect(try Self.run("/bin/chmod", ["755", tools.path, kyr]) == 0)
        #expect(try Self.run("/bin/chown", ["-R", "65534:65534", project.path]) == 0)
        #expect(try Self.run("/bin/chmod", ["755", project.path]) == 0)
        let build = [
            "--reuid=65534", "--regid=65534", "--clear-groups", kyr, "build", "--project", project.path, "--today",
            "2026-11-22",
        ]
        for round in 0..<3 {
            #expect(try Self.run(Self.setpriv!, build) == 0, "round \(round)")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: project.path + "/Output").sorted() == [
                    ".kyr-cache", "site",
                ],
                "round \(round)")
            // Every folder of the site read-only, as a copy with modes or a cautious tool leaves it.
            #expect(
                try Self.run(
                    "/usr/bin/find", [project.path + "/Output/site", "-type", "d", "-exec", "chmod", "555", "{}", "+"])
                    == 0)
        }
    }
}
