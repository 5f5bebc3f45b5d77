import Dispatch
import KYRModel
import ServiceLifecycle

/// Watches the project and rebuilds the site when a file changes, one build at a time;
/// tells the open pages, and the terminal, how each build went. When the server stops, it
/// ends the pages' event streams, which would otherwise keep the server waiting.
struct Rebuilder: Service {
    let layout: ProjectLayout
    let today: ContentDate
    let site: LiveSite
    let watcher: ContentWatcher
    let events: @Sendable (ServeEvent) -> Void
    /// How often the files are looked at.
    static let interval = Duration.milliseconds(200)
    /// How long changes must have stopped before a build starts: an editor or a `git checkout`
    /// writes several files in a row.
    static let settle = Duration.milliseconds(100)

    func run() async throws {
        try? await withGracefulShutdownHandler {
            try await cancelWhenGracefulShutdown { try await watch() }
        } onGracefulShutdown: {
            events(.stopping)
            site.close()
        }
        site.close()
    }

    /// Looks at the files every `interval` and builds when they changed, until cancelled.
    private func watch() async throws {
        var last = watcher.snapshot()
        while true {
            try await Task.sleep(for: Self.interval)
            var now = watcher.snapshot()
            guard now != last else { continue }
            // Wait until the files stop changing, so one save is one build.
            while true {
                try await Task.sleep(for: Self.settle)
                let again = watcher.snapshot()
                if again == now { break }
                now = again
            }
            events(.changed(ContentWatcher.changes(from: last, to: now)))
            last = now
            let build = await Self.build(layout, today: today)
            site.update(errorPage: build.errorPage)
            events(.built(build))
        }
    }

    /// A build, off the cooperative threads: it reads and writes files and takes all cores.
    static func build(_ layout: ProjectLayout, today: ContentDate) async -> PreviewBuild {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: PreviewBuild.run(layout, today: today))
            }
        }
    }
}
