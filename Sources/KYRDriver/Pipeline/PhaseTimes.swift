/// How long each phase of a run took (load, check, render, write), returned with the result
/// rather than kept in a global, so concurrent runs (tests, `kyr serve`) cannot mix them up.
package struct PhaseTimes: Sendable {
    package private(set) var phases: [(name: String, duration: Duration)] = []

    package init() {}

    /// One phase already measured.
    package init(_ phase: String, _ duration: Duration) {
        phases = [(phase, duration)]
    }

    /// Runs `body`, remembering how long it took as `phase`.
    package mutating func measure<T, E: Error>(_ phase: String, _ body: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { phases.append((phase, clock.now - start)) }
        return try body()
    }

    /// Appends the phases of another run.
    package mutating func append(_ other: PhaseTimes) {
        phases += other.phases
    }

    /// `kyr: load: 12ms` lines, in whole milliseconds written the same in every locale:
    /// benchmarks parse them.
    package var report: String {
        phases.map { phase in
            let parts = phase.duration.components
            return "kyr: \(phase.name): \(parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000)ms\n"
        }.joined()
    }
}
