import Foundation
import KYRTestSupport
import Testing

/// The bad-input corpus: each `Fixtures/bad-inputs/<case>.yaml` is written into a copy of the
/// minimal project at the path its `.expect` file names, and every diagnostic of the run must
/// equal the `.expect` lines exactly: message, file, line and column. A line `  note: ...` is a
/// note the diagnostic above it must carry (a YAML hint's corrected line, say).
@Suite struct BadInputCorpusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var path: String
        var removals: [String]
        var expected: [String]
        var testDescription: String { name }
    }

    static let directory = Fixtures.fixtures.appendingPathComponent("bad-inputs")

    static let cases: [Case] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".expect") }.sorted().map { file in
            let text = (try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)) ?? ""
            var path = ""
            var removals: [String] = []
            var expected: [String] = []
            for line in text.split(separator: "\n").map(String.init) {
                if line.hasPrefix("  note: ") {
                    expected.append(line)
                } else if line.hasPrefix("path: ") {
                    path = String(line.dropFirst(6))
                } else if line.hasPrefix("remove: ") {
                    removals.append(String(line.dropFirst(8)))
                } else if !line.isEmpty {
                    expected.append(line)
                }
            }
            return Case(
                name: String(file.dropLast(".expect".count)), path: path, removals: removals, expected: expected)
        }
    }()

    @Test func corpusIsLargeEnough() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func reportsExactDiagnostics(_ testCase: Case) throws {
        let project = try place(testCase)
        let actual = try Checking.diagnostics(project.path).flatMap { diagnostic in
            // Notes of hints only: an outdated unit's was/now/diff notes are tested elsewhere.
            [Checking.line(diagnostic, relativeTo: project.path)]
                + diagnostic.notes.filter { $0.hasPrefix("put the text in quotes") }.map { "  note: " + $0 }
        }
        if Golden.isRecording {
            let header = "path: \(testCase.path)\n" + testCase.removals.map { "remove: \($0)\n" }.joined()
            try Data((header + actual.map { $0 + "\n" }.joined()).utf8)
                .write(to: Self.directory.appendingPathComponent(testCase.name + ".expect"))
            return
        }
        #expect(actual == testCase.expected)
        #expect(!actual.isEmpty, "a corpus case must produce at least one diagnostic")
    }

    /// The real binary: exit status 1, the same first lines, nothing written to the project.
    @Test(arguments: cases)
    func binaryExitsOneAndWritesNothing(_ testCase: Case) throws {
        let project = try place(testCase)
        let before = try project.snapshot()
        let run = try KyrBinary.run(["check", "--project", project.path, "--today", "2026-11-22"])
        let hasError = testCase.expected.contains { $0.contains(": error: ") }
        #expect(run.status == (hasError ? 1 : 0), "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.isEmpty)
        for line in testCase.expected {
            let shown =
                line.hasPrefix("  note: ") ? String(line.dropFirst("  note: ".count)) : project.path + "/" + line
            #expect(run.stdout.contains(shown), "missing: \(line)")
        }
        #expect(try project.snapshot() == before)
    }

    private func place(_ testCase: Case) throws -> TemporaryProject {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        for removal in testCase.removals { try project.remove(removal) }
        try project.write(
            testCase.path, Data(contentsOf: Self.directory.appendingPathComponent(testCase.name + ".yaml")))
        return project
    }
}
