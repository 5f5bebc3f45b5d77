import Dispatch
import Foundation
import Synchronization

/// A line on standard error saying what kyr is doing and for how long, for work that takes
/// more than a second (checking a large project, printing PDFs in nine languages): shown only
/// when standard error is a terminal, redrawn in place, and erased when the work is done, so
/// nothing of it remains in what the user reads or a log keeps.
enum Progress {
    /// How long work runs before the line appears.
    static let delay = DispatchTimeInterval.seconds(1)

    /// Runs `body`, showing `label` (and the seconds so far) while it takes longer than `delay`.
    static func run<T, E: Error>(_ label: String, _ body: () throws(E) -> T) throws(E) -> T {
        guard Terminal.isInteractive(STDERR_FILENO) else { return try body() }
        let line = Line(label: label)
        line.start()
        defer { line.stop() }
        return try body()
    }

    /// The line of one piece of work: drawn by a timer, erased once by `stop`. Unchecked:
    /// the timer is started and stopped by the one thread doing the work; its handler touches
    /// only the locked state.
    private final class Line: @unchecked Sendable {
        let label: String
        private let state = Mutex((running: true, shown: false))
        private let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "kyr.progress"))
        private let started = ContinuousClock.now

        init(label: String) {
            self.label = label
        }

        func start() {
            timer.schedule(deadline: .now() + Progress.delay, repeating: .milliseconds(100))
            timer.setEventHandler { [self] in
                let elapsed = ContinuousClock.now - started
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                let text = "\r\u{1B}[2K" + "kyr: " + label + " " + String(format: "%.1f s", seconds)
                // Drawn under the lock, so stop() cannot erase the line while it is being drawn.
                state.withLock { state in
                    guard state.running else { return }
                    state.shown = true
                    FileHandle.standardError.write(Data(text.utf8))
                }
            }
            timer.resume()
        }

        func stop() {
            timer.cancel()
            let shown = state.withLock { state in
                state.running = false
                return state.shown
            }
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        }
    }
}
