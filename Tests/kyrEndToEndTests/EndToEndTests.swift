import Foundation
import KYRTestSupport
import Testing

/// The real `kyr` binary on fixture trees in temporary folders.
@Suite struct EndToEndTests {
    @Test func bundledContentIsClean() throws {
        let run = try KyrBinary.run(["check", "--project", Fixtures.packageRoot.path, "--today", "2026-11-22"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(!run.stdout.contains(": error: "))
        #expect(run.stdout.contains(": 0 errors, ") || run.stdout.contains(": no problems"))
    }

    @Test func misspelledKeyPointsAtFileLineColumnWithSuggestion() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml", guide.replacingOccurrences(of: "\nsources:", with: "\nsoruces:"))
        let run = try KyrBinary.run(["check", "--today", "2026-11-22"], in: project.url)
        #expect(run.status == 1)
        #expect(
            run.stdout == """
                Content/guides/at-home/en.yaml:24:1: error: unknown key 'soruces' in a guide; did you mean 'sources'? [unknown-key]
                  soruces:
                  ^
                checked 10 files: 1 error, 0 warnings

                """)
    }

    @Test func goldenTextOutput() throws {
        let project = try TemporaryProject(copying: Fixtures.project("bad-project"))
        let run = try KyrBinary.run(["check", "--today", "2026-11-22"], in: project.url)
        #expect(run.status == 1)
        try Golden.check(run.stdout, matches: "check-bad-project.txt")
    }

    @Test func goldenJSONOutputIsValidJSON() throws {
        let project = try TemporaryProject(copying: Fixtures.project("bad-project"))
        let run = try KyrBinary.run(["check", "--format", "json", "--today", "2026-11-22"], in: project.url)
        #expect(run.status == 1)
        try Golden.check(run.stdout, matches: "check-bad-project.json")
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        let objects = try #require(parsed)
        #expect(!objects.isEmpty)
        let fields: Set<String> = ["file", "line", "column", "severity", "code", "message"]
        for object in objects {
            #expect(Set(object.keys).subtracting(["notes"]) == fields)
            // Notes appear only when a diagnostic has some, as a list of lines.
            if let notes = object["notes"] { #expect((notes as? [String])?.isEmpty == false) }
        }
        // An outdated unit carries what its source said, says now, and the word diff.
        let outdated = objects.filter { $0["code"] as? String == "outdated-unit" }.compactMap {
            $0["notes"] as? [String]
        }
        #expect(
            outdated.contains {
                $0.count == 3 && $0[0].hasPrefix("was:") && $0[1].hasPrefix("now:") && $0[2].hasPrefix("diff:")
            })
    }

    @Test func strictFailsOnWarningsOnly() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let late = ["check", "--today", "2030-01-01"]
        #expect(try KyrBinary.run(late, in: project.url).status == 0)
        let strict = try KyrBinary.run(late + ["--strict"], in: project.url)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("[review-overdue]"))
    }

    @Test func usageAndIOErrorsExitTwo() throws {
        let unknownOption = try KyrBinary.run(["check", "--bogus"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("Unknown option '--bogus'"))
        #expect(try KyrBinary.run(["check", "--format", "xml"]).status == 2)
        #expect(try KyrBinary.run(["check", "--today", "tomorrow"]).status == 2)
        #expect(try KyrBinary.run(["frobnicate"]).status == 2)
        let missing = try KyrBinary.run(["check", "--project", "/nonexistent-kyr-project"])
        #expect(missing.status == 2)
        #expect(
            missing.stderr
                == "kyr: error: no content folder at '/nonexistent-kyr-project/Content'; pass --project with the folder that contains Content/\n"
        )
    }

    @Test func helpExitsZero() throws {
        let help = try KyrBinary.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--strict"))
    }

    @Test func outputIsDeterministic() throws {
        let project = try TemporaryProject(copying: Fixtures.project("bad-project"))
        let first = try KyrBinary.run(["check", "--format", "json", "--today", "2026-11-22"], in: project.url)
        for _ in 0..<3 {
            #expect(
                try KyrBinary.run(["check", "--format", "json", "--today", "2026-11-22"], in: project.url).stdout
                    == first.stdout)
        }
    }
}
