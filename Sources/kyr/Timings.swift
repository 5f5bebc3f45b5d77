import Foundation
import KYRCheck

/// With `KYR_TIMINGS=1`, prints how long loading and checking took, to standard error.
enum Timings {
    static func report() {
        guard ProcessInfo.processInfo.environment["KYR_TIMINGS"] == "1" else { return }
        for (phase, duration) in CheckedProject.timings {
            Output.error("kyr: \(phase): \(duration.formatted(.units(allowed: [.milliseconds], width: .narrow)))\n")
        }
    }
}
