import Synchronization

/// What `kyr serve` is serving now: the site's generation (one more after every build, with
/// a prefix of this run's own, so pages served by an earlier run reload too) and, while the
/// last build failed, the error page that stands in for every page. Open pages listen for
/// new generations.
package final class LiveSite: Sendable {
    private struct State {
        var count = 0
        var errorPage: String?
        var listeners: [Int: AsyncStream<String>.Continuation] = [:]
        var nextListener = 0
        var isClosed = false
    }

    private let state = Mutex(State())
    private let run: String

    package init(run: String = String(UInt32.random(in: .min ... .max), radix: 36)) {
        self.run = run
    }

    /// The generation pages are served at now.
    package var generation: String {
        state.withLock { run + "-" + String($0.count) }
    }

    /// The error page of the last build, when it failed.
    package var errorPage: String? {
        state.withLock { $0.errorPage }
    }

    /// A build finished: with `errorPage` when it failed. Every open page hears of it.
    package func update(errorPage: String?) {
        let (generation, listeners) = state.withLock { state in
            state.count += 1
            state.errorPage = errorPage
            return (run + "-" + String(state.count), Array(state.listeners.values))
        }
        for listener in listeners { listener.yield(generation) }
    }

    /// The generations from now on, starting with the current one; finished when the server stops.
    package func generations() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        let id: Int? = state.withLock { state in
            guard !state.isClosed else { return nil }
            state.nextListener += 1
            state.listeners[state.nextListener] = continuation
            continuation.yield(run + "-" + String(state.count))
            return state.nextListener
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) }
        }
        return stream
    }

    /// Ends every event stream, and any opened later: the server is stopping, and open
    /// streams would keep it waiting.
    package func close() {
        let listeners = state.withLock { state in
            state.isClosed = true
            defer { state.listeners = [:] }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.finish() }
    }
}
