import Foundation
import KYRTestSupport
import Testing

/// Two runs at once on one project: neither may leave a broken site or lose the other's work.
@Suite struct ConcurrencyTests {
    /// Runs both commands at the same time and returns their results.
    static func together(_ a: [String], _ b: [String], in folder: URL) throws -> [KyrBinary.Run] {
        let commands = [a, b]
        nonisolated(unsafe) var runs: [Result<KyrBinary.Run, any Error>?] = [nil, nil]
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let result = Result { try KyrBinary.run(commands[i], in: folder) }
            lock.withLock { runs[i] = result }
        }
        return try runs.map { try $0!.get() }
    }

    /// Every file under `folder`, relative, sorted.
    static func listing(_ folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = walker?.nextObject() as? String { files.append(path) }
        return files.sorted()
    }

    @Test func twoBuildsIntoOneOutputAlwaysLeaveAWholeSite() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let build = ["build", "--today", "2026-11-22"]
        #expect(try KyrBinary.run(build, in: project.url).status == 0)
        let site = project.url.appendingPathComponent("Output/site")
        let reference = Self.listing(site)
        #expect(reference.count > 20)
        for trial in 0..<8 {
            let runs = try Self.together(build, build, in: project.url)
            #expect(runs.allSatisfy { $0.status == 0 }, "trial \(trial): \(runs.map(\.stderr))")
            #expect(Self.listing(site) == reference, "trial \(trial): the site is whole")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: project.path + "/Output").sorted() == [
                    ".kyr-cache", "site",
                ])
        }
    }

    @Test func twoStampsOfOneFileKeepBoth() throws {
        for trial in 0..<6 {
            let project = try TemporaryProject(copying: Fixtures.project("minimal"))
            let english = try project.read("Content/guides/at-home/en.yaml")
            try project.write(
                "Content/guides/at-home/en.yaml",
                english.replacingOccurrences(of: "Keep the door closed", with: "Keep your door closed")
                    .replacingOccurrences(of: "I will remain silent.", with: "I will stay silent."))
            let outdated = try KyrBinary.run(["check", "--today", "2026-11-22"], in: project.url)
            #expect(outdated.stdout.components(separatedBy: "[outdated-unit]").count == 3, "two units are outdated")
            let runs = try Self.together(
                ["translate", "stamp", "--lang", "es", "guides/at-home:door.title"],
                ["translate", "stamp", "--lang", "es", "guides/at-home:card.silent"], in: project.url)
            #expect(runs.allSatisfy { $0.status == 0 }, "trial \(trial): \(runs.map(\.stderr))")
            let after = try KyrBinary.run(["check", "--today", "2026-11-22"], in: project.url)
            #expect(!after.stdout.contains("[outdated-unit]"), "trial \(trial): both stamps kept\n\(after.stdout)")
        }
    }
}
