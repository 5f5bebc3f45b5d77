import Foundation

/// Programs the tests check kyr's output with when the machine has them (the W3C validator,
/// Chromium, gettext, translate-toolkit, the PDF tools): found on PATH, run with a time limit,
/// their output captured.
package enum ExternalTool {
    /// The executable called `name` on PATH, or in the system folders when PATH lacks them.
    package static func find(_ name: String) -> URL? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    package struct Run {
        package var status: Int32
        package var output: String
    }

    /// Runs `executable arguments...`, standard output and error together, killed after `timeout` seconds.
    package static func run(_ executable: URL, _ arguments: [String], timeout: TimeInterval = 300) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var data = Data()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            return Run(
                status: -1,
                output:
                    "timed out after \(Int(timeout)) s: \(executable.lastPathComponent) \(arguments.joined(separator: " "))"
            )
        }
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
