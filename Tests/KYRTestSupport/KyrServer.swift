import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `kyr serve` started as a user starts it, on a free port: what it prints, as it prints it,
/// and a way to stop it. The process is killed when the value is released, so a failing test
/// never leaves a server behind.
package final class KyrServer: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var printed = Data()
    private var errors = Data()
    /// The port the server said it listens on.
    package private(set) var port = 0

    /// Starts `kyr serve --port 0 arguments...` in `directory` and waits until it listens.
    package init(_ arguments: [String] = [], in directory: URL, timeout: TimeInterval = 60) throws {
        guard let url = KyrBinary.url else { throw KyrBinaryError.notBuilt }
        process.executableURL = url
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.printed.append(data) }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.errors.append(data) }
        }
        try process.run()
        let found: Int = try waitFor(timeout: timeout) { output in
            guard let range = output.range(of: "serving http://127.0.0.1:") else { return nil }
            return Int(output[range.upperBound...].prefix { $0.isNumber })
        }
        port = found
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Everything printed on standard output so far.
    package var stdout: String { lock.withLock { String(decoding: printed, as: UTF8.self) } }
    /// Everything printed on standard error so far.
    package var stderr: String { lock.withLock { String(decoding: errors, as: UTF8.self) } }

    /// Waits until `found` finds something in standard output, or fails after `timeout`.
    package func waitFor<T>(timeout: TimeInterval, _ found: (String) -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let value = found(stdout) { return value }
            if !process.isRunning, let value = found(stdout) { return value }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw KyrServerError.timedOut(stdout: stdout, stderr: stderr)
    }

    /// Sends Ctrl-C's signal and waits for the process to end; its exit status, or nil if it
    /// had not ended after `timeout` (it is killed then).
    package func interrupt(timeout: TimeInterval = 10) -> Int32? {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            return nil
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

package enum KyrServerError: Error {
    case timedOut(stdout: String, stderr: String)
}
