import Foundation
import Hummingbird
import KYRDriver
import KYRModel
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// `kyr serve`: builds the site, serves `Output/site` on 127.0.0.1, rebuilds when `Content/`
/// or `Templates/` change and reloads open pages; stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
package enum PreviewServer {
    /// What to serve, and where.
    package struct Options: Sendable {
        package var layout: ProjectLayout
        /// The day review dates are judged against.
        package var today: ContentDate
        /// The port; 0 takes any free one (the chosen one is in the `listening` event).
        package var port: Int
        /// Only this machine: a preview is not a publication.
        package let host = "127.0.0.1"

        package init(layout: ProjectLayout, today: ContentDate, port: Int) {
            self.layout = layout
            self.today = today
            self.port = port
        }
    }

    /// Builds, then serves until stopped. A first build that cannot write the site at all (an
    /// output folder kyr did not write, no Content/ folder) ends the command; content and
    /// template errors are shown as the error page while the author fixes them.
    package static func run(_ options: Options, events: @escaping @Sendable (ServeEvent) -> Void)
        async throws(ServeError)
    {
        let layout = options.layout
        let first = await Rebuilder.build(layout, today: options.today)
        if case .failed(let error) = first.outcome, error.exitStatus == 2 { throw .firstBuild(error) }
        events(.built(first))
        let site = LiveSite()
        site.update(errorPage: first.errorPage)

        // kyr prints what happens itself; the libraries' own logs would only repeat it.
        let quiet = Logger(label: "kyr-serve", factory: { _ in SwiftLogNoOpLogHandler() })
        let listening = Mutex(false)
        let app = Application(
            responder: PreviewResponder(files: SiteFiles(root: layout.output("site")), site: site),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port)),
            onServerRunning: { channel in
                listening.withLock { $0 = true }
                events(.listening(url: "http://\(options.host):\(channel.localAddress?.port ?? options.port)/"))
            },
            logger: quiet)
        let rebuilder = Rebuilder(
            layout: layout, today: options.today, site: site,
            watcher: ContentWatcher(folders: [layout.content, layout.path(ProjectLayout.templatesFolder)]),
            events: events)
        // Stopped in reverse order: the rebuilder first, which ends the pages' event streams,
        // so the server has no open response left to wait for.
        var configuration = ServiceGroupConfiguration(
            services: [.init(service: app), .init(service: rebuilder)], gracefulShutdownSignals: [.sigint, .sigterm],
            logger: quiet)
        configuration.maximumGracefulShutdownDuration = .seconds(5)
        do {
            try await ServiceGroup(configuration: configuration).run()
        } catch {
            guard listening.withLock({ $0 }) else {
                throw .cannotListen(host: options.host, port: options.port, reason: reason(error))
            }
            throw .unexpected("kyr serve stopped: \(reason(error))")
        }
    }

    /// The system's words for what went wrong, without the library's call names.
    static func reason(_ error: any Error) -> String {
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)) }
        return String(describing: error)
    }
}
