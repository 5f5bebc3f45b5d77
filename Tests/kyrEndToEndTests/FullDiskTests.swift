import Foundation
import KYRTestSupport
import Testing

/// A full disk is reported with the system's reason, and leaves no half-written output behind.
@Suite struct FullDiskTests {
    /// A 96 KiB file system of its own (root may mount tmpfs); nil where the system refuses.
    static func smallDisk() throws -> (TemporaryProject, unmount: () -> Void)? {
        let folder = try TemporaryProject()
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=96k", "tmpfs", folder.path]
        mount.standardError = FileHandle.nullDevice
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else { return nil }
        return (
            folder,
            {
                let unmount = Process()
                unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
                unmount.arguments = [folder.path]
                try? unmount.run()
                unmount.waitUntilExit()
            }
        )
    }

    /// Whether this machine lets the tests mount a small disk (root, with the right to mount).
    static let canMount: Bool = {
        guard getuid() == 0, let (_, unmount) = try? smallDisk() else { return false }
        unmount()
        return true
    }()

    @Test(.enabled(if: canMount, "mounting a small disk needs root and the right to mount"))
    func aFullDiskSaysSoAndLeavesNothingHalfWritten() throws {
        let (disk, unmount) = try #require(try Self.smallDisk())
        defer { unmount() }
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let run = try KyrBinary.run(
            ["build", "--output", disk.path + "/out", "--today", "2026-11-22"], in: project.url)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("No space left on device"), "\(run.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: disk.path + "/out").isEmpty, "no staging folder is left"
        )
    }
}
