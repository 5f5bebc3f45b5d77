import Foundation

/// Runs the real `kyr` executable that `swift test` built, as a user would.
package enum KyrBinary {
    package struct Run {
        package var status: Int32
        package var stdout: String
        package var stderr: String
    }

    /// The built executable, next to the test bundle.
    package static let url: URL? = {
        // KYR_TEST_BINARY runs the end-to-end tests against another build (say, an older one,
        // to see a regression test fail on the code before its fix).
        if let chosen = ProcessInfo.processInfo.environment["KYR_TEST_BINARY"] { return URL(fileURLWithPath: chosen) }
        var candidates: [URL] = []
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0])
        candidates.append(argument0.deletingLastPathComponent().appendingPathComponent("kyr"))
        candidates.append(
            URL(fileURLWithPath: Bundle.main.bundlePath).deletingLastPathComponent().appendingPathComponent("kyr"))
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("kyr"))
        }
        candidates.append(Fixtures.packageRoot.appendingPathComponent(".build/debug/kyr"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `kyr arguments...` in `directory` and waits for it, failing after `timeout` seconds
    /// so a hang is a test failure, not a stuck suite.
    package static func run(
        _ arguments: [String], in directory: URL? = nil, timeout: TimeInterval = 60, environment: [String: String] = [:]
    ) throws -> Run {
        guard let url else { throw KyrBinaryError.notBuilt }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        nonisolated(unsafe) var stdoutData = Data()
        nonisolated(unsafe) var stderrData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            stdoutData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        stderrData = err.fileHandleForReading.readDataToEndOfFile()
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw KyrBinaryError.timedOut(arguments)
        }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

package enum KyrBinaryError: Error {
    case notBuilt
    case timedOut([String])
}
