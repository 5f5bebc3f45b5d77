import Foundation
import KYRDriver
import Synchronization

/// Writes to standard output and error without buffering surprises at exit, and keeps what
/// the run measured for `KYR_TIMINGS=1`.
enum Output {
    static func standard(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Phases a command measured, printed on standard error at exit with `KYR_TIMINGS=1`.
    static let times = Mutex(PhaseTimes())

    /// Runs `body`, remembering how long it took as `phase`.
    static func measure<T>(_ phase: String, _ body: () -> T) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let duration = clock.now - start
            times.withLock { $0.append(PhaseTimes(phase, duration)) }
        }
        return body()
    }

    static func reportTimes() {
        guard ProcessInfo.processInfo.environment["KYR_TIMINGS"] == "1" else { return }
        error(times.withLock { $0.report })
    }

    /// Values kept alive until the process exits: a command that ends with `exit` need not
    /// spend time releasing millions of model values one by one (half a second of a
    /// one-unit rebuild of 1,000 guides in 10 languages).
    static func retainUntilExit(_ value: some Sendable) {
        retained.withLock { $0.append(value) }
    }

    private static let retained = Mutex<[any Sendable]>([])
}
