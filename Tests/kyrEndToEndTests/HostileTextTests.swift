import Foundation
import KYRTestSupport
import Testing

/// Hostile text in files under a mebibyte: nesting fifty thousand deep, one number or one
/// variable repeated tens of thousands of times. Each must end with a located answer and a
/// bounded output, not a crash, a minute of work or hundreds of megabytes of diagnostics.
@Suite struct HostileTextTests {
    /// A copy of the minimal project whose Spanish `door.title` is `value`.
    static func project(spanishTitle value: String) throws -> TemporaryProject {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let file = "Content/guides/at-home/es.yaml"
        let text = try project.read(file)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("  door.title: ") })
        try project.write(file, text.replacingOccurrences(of: String(line), with: "  door.title: \"\(value)\""))
        return project
    }

    static let commands = [["check"], ["check", "--format", "json"], ["coverage"], ["build"]]

    @Test func markupNestedFiftyThousandDeepIsALocatedError() throws {
        let opens = (0..<50_000).map { $0 % 2 == 0 ? "**x " : "_x " }
        let closes = (0..<50_000).map { $0 % 2 == 0 ? "y**" : "y_" }
        let project = try Self.project(spanishTitle: opens.joined() + "z " + closes.reversed().joined(separator: " "))
        for command in Self.commands {
            let run = try KyrBinary.run(command + ["--today", "2026-11-22"], in: project.url, timeout: 60)
            #expect(run.status == (command == ["coverage"] ? 1 : 1), "\(command): \(run.stderr)")
            #expect(run.stdout.utf8.count + run.stderr.utf8.count < 20_000, "\(command)")
            if command == ["check"] {
                #expect(
                    run.stdout.contains(
                        "Content/guides/at-home/es.yaml:5:128: error: markup nested more than 32 levels deep"))
            }
        }
    }

    @Test func aNumberRepeatedSixtyThousandTimesGivesAFewFindings() throws {
        let project = try Self.project(
            spanishTitle: Array(repeating: "1-855-435-7693", count: 60_000).joined(separator: " "))
        for command in Self.commands {
            let run = try KyrBinary.run(command + ["--today", "2026-11-22"], in: project.url, timeout: 60)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(run.stdout.utf8.count + run.stderr.utf8.count < 20_000, "\(command)")
        }
        let run = try KyrBinary.run(["check", "--today", "2026-11-22"], in: project.url, timeout: 60)
        #expect(run.stdout.contains("more findings for 'door.title' not shown; fix the ones above first [omitted]"))
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.unicodeScalars.count < 400 }, "quoted lines are cut")
    }

    @Test func aVariableRepeatedNinetyThousandTimesGivesAFewFindings() throws {
        let project = try Self.project(
            spanishTitle: Array(repeating: "{hotline}", count: 90_000).joined(separator: " "))
        for command in Self.commands {
            let run = try KyrBinary.run(command + ["--today", "2026-11-22"], in: project.url, timeout: 60)
            #expect(run.status == (command == ["coverage"] ? 1 : 1), "\(command): \(run.stderr)")
            #expect(run.stdout.utf8.count + run.stderr.utf8.count < 20_000, "\(command)")
        }
    }
}
