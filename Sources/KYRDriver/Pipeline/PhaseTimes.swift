#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How long each phase of a run took (load, check, render, write), returned with the result
/// rather than kept in a global, so concurrent runs (tests, `kyr serve`) cannot mix them up.
/// Each phase also notes the process's peak memory when it ended: where memory goes is
/// measured the same way as where time goes.
package struct PhaseTimes: Sendable {
    package private(set) var phases: [(name: String, duration: Duration, peakKiB: Int)] = []

    package init() {}

    /// One phase already measured.
    package init(_ phase: String, _ duration: Duration) {
        phases = [(phase, duration, Self.peakKiB())]
    }

    /// Runs `body`, remembering how long it took as `phase`.
    package mutating func measure<T, E: Error>(_ phase: String, _ body: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { phases.append((phase, clock.now - start, Self.peakKiB())) }
        return try body()
    }

    /// Appends the phases of another run.
    package mutating func append(_ other: PhaseTimes) {
        phases += other.phases
    }

    /// `kyr: load: 12ms` lines, in whole milliseconds written the same in every locale
    /// (benchmarks parse them), each followed by `kyr: load: peak 80 MiB`.
    package var report: String {
        phases.map { phase in
            let parts = phase.duration.components
            let milliseconds = parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000
            return "kyr: \(phase.name): \(milliseconds)ms\nkyr: \(phase.name): peak \(phase.peakKiB / 1024) MiB\n"
        }.joined()
    }

    /// The process's largest resident set so far (Linux reports kibibytes, macOS bytes).
    private static func peakKiB() -> Int {
        #if canImport(Glibc)
            let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
            let who = RUSAGE_SELF
        #endif
        var usage = rusage()
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
            return Int(usage.ru_maxrss) / 1024
        #else
            return Int(usage.ru_maxrss)
        #endif
    }
}
