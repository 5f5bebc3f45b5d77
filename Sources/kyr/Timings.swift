import Foundation
import KYRCheck

/// With `KYR_TIMINGS=1`, prints how long loading and checking took, to standard error.
enum Timings {
    /// Phases the commands measure themselves (reporting, printing), after the project's.
    nonisolated(unsafe) private static var phases: [(String, Duration)] = []

    /// Runs `body`, remembering how long it took as `phase`.
    static func measure<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { phases.append((phase, clock.now - start)) }
        return try body()
    }

    static func report() {
        guard ProcessInfo.processInfo.environment["KYR_TIMINGS"] == "1" else { return }
        for (phase, duration) in CheckedProject.timings + phases {
            // Whole milliseconds, written the same in every locale: benchmarks parse these lines.
            let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
            Output.error("kyr: \(phase): \(milliseconds)ms\n")
        }
    }
}
