import ArgumentParser
import Foundation
import KYRModel

/// The single place that turns what happened into an exit status:
/// 0 clean, 1 content errors, 2 usage or I/O errors.
@main
enum Main {
    static func main() {
        exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try KyrCommand.parseAsRoot(arguments)
            defer { Output.reportTimes() }
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let error as any KYRError {
            if let located = error.located(style: Terminal.standardError) {
                Output.error(located)
            } else {
                let word = Terminal.standardError.severity(.error)
                Output.error("kyr: \(word): " + TerminalText.escaped(error.description) + "\n")
            }
            return error.exitStatus
        } catch {
            let code = KyrCommand.exitCode(for: error)
            let message = KyrCommand.fullMessage(for: error)
            if code == .success {
                let path = HelpExamples.helpPath(for: arguments)
                Output.standard(path.map { HelpExamples.appending(to: message, path: $0) } ?? message + "\n")
                return 0
            }
            Output.error(message + "\n")
            return 2
        }
    }
}
