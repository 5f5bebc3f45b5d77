import ArgumentParser
import Dispatch
import Foundation
import KYRDriver
import KYRModel
import KYRServe
import Synchronization

/// `kyr serve`: build, serve on 127.0.0.1, rebuild on change, reload open pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this machine, and rebuild and reload it as you edit.",
        discussion: """
            Builds the site into Output/site as kyr build does, serves it at http://127.0.0.1:PORT/ \
            (this machine only), and watches Content/ and Templates/: each save rebuilds the site and \
            reloads the pages open in a browser. While the content has errors, they show in the \
            terminal and in the browser in place of the pages, and the server keeps running. The \
            reload script is added to the pages as they are served, never to the files of Output/. \
            Ctrl-C stops the server.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: ArgumentHelp("The port to listen on, on 127.0.0.1 (0: any free port).", valueName: "port"))
    var port = 8080

    @OptionGroup var day: DayOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() throws {
        let layout = options.layout
        let terminal = ServeTerminal(layout: layout)
        let server = PreviewServer.Options(layout: layout, today: day.day, port: port)
        let outcome = Mutex<ServeError?>(nil)
        let done = DispatchSemaphore(value: 0)
        // The server is asynchronous; this command, like the others, is not: wait for it here.
        Task {
            do {
                try await PreviewServer.run(server) { terminal.show($0) }
            } catch {
                outcome.withLock { $0 = error as? ServeError ?? .unexpected(String(describing: error)) }
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.withLock({ $0 }) { throw error }
        Output.standard("kyr serve stopped\n")
    }
}
