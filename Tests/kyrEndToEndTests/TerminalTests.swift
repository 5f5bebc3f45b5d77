import Foundation
import KYRTestSupport
import Testing

/// What kyr shows a person at a terminal, and only there: colours, the progress line; and
/// the help every command ends with, and the shell completions.
@Suite struct TerminalTests {
    static let today = "2026-11-22"
    static let escape = "\u{1B}["

    /// `kyr arguments...` run under a pseudo-terminal by util-linux `script`, as if typed;
    /// nil where `script` is missing.
    static func atTerminal(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> (output: String, seconds: TimeInterval)? {
        guard let kyr = KyrBinary.url, FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            return nil
        }
        let command = ([kyr.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        variables["TERM"] = "xterm"
        if environment["NO_COLOR"] == nil { variables.removeValue(forKey: "NO_COLOR") }
        process.environment = variables
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), Date().timeIntervalSince(start))
    }

    @Test func diagnosticsAreColouredAtATerminalOnly() throws {
        let project = Fixtures.project("bad-project")
        guard let coloured = try Self.atTerminal(["check", "--today", Self.today], in: project) else { return }
        #expect(coloured.output.contains(Self.escape + "1;31merror" + Self.escape + "0m: "))
        #expect(coloured.output.contains(Self.escape + "1;32m^" + Self.escape + "0m"), "the caret")
        #expect(coloured.output.contains(Self.escape + "1;35mwarning" + Self.escape + "0m: "))

        let noColor = try #require(
            try Self.atTerminal(["check", "--today", Self.today], in: project, environment: ["NO_COLOR": "1"]))
        #expect(!noColor.output.contains(Self.escape))
        #expect(noColor.output.contains(": error: "))

        let piped = try KyrBinary.run(["check", "--today", Self.today], in: project)
        #expect(!piped.stdout.contains(Self.escape) && !piped.stderr.contains(Self.escape))

        let usage = try #require(try Self.atTerminal(["build", "--project", "/nonexistent-kyr"], in: project))
        #expect(usage.output.contains("kyr: " + Self.escape + "1;31merror"), "\(usage.output)")
    }

    /// Work over a second shows a line on a terminal that is erased when done; a pipe never sees it.
    @Test func longWorkShowsAProgressLineThatIsErased() throws {
        let project = Fixtures.packageRoot
        guard let run = try Self.atTerminal(["check", "--today", Self.today], in: project) else { return }
        if run.seconds > 1.5 {
            #expect(
                run.output.contains("\r" + Self.escape + "2Kkyr: checking the content 1."), "\(run.output.prefix(300))")
            #expect(run.output.contains("s\r" + Self.escape + "2K"), "erased before the report")
        }
        let piped = try KyrBinary.run(["check", "--today", Self.today], in: project)
        #expect(!piped.stderr.contains("checking the content"))
    }

    /// Every command's help ends with examples (a new command without any fails here).
    @Test func everyCommandsHelpEndsWithAnExample() throws {
        let dump = try KyrBinary.run(["--experimental-dump-help"])
        let tree = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var paths: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            paths.append(path)
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String, name != "help" else { continue }
                walk(sub, path + [name])
            }
        }
        walk(try #require(tree["command"] as? [String: Any]), [])
        #expect(paths.count >= 12, "\(paths)")
        for path in paths {
            let help = try KyrBinary.run(path + ["--help"])
            #expect(help.status == 0)
            let examples = try #require(help.stdout.components(separatedBy: "\nEXAMPLES:\n").last, "\(path)")
            #expect(help.stdout.contains("\nEXAMPLES:\n"), "kyr \(path.joined(separator: " ")) --help has no example")
            let lines = examples.split(separator: "\n")
            #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("  kyr ") }, "\(path): \(examples)")
        }
        #expect(
            try KyrBinary.run(["help", "new", "guide"]).stdout.hasSuffix("  kyr new guide in-a-car --project houston\n")
        )
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameEveryCommand(shell: String) throws {
        let run = try KyrBinary.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        for command in ["init", "new", "serve", "build", "check", "coverage", "translate"] {
            #expect(run.stdout.contains(command), "\(shell): \(command)")
        }
        #expect(!run.stdout.contains("EXAMPLES:"))
    }
}
