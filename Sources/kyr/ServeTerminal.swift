import Foundation
import KYRDriver
import KYRModel
import KYRServe
import Synchronization

/// What `kyr serve` prints as it goes.
final class ServeTerminal: Sendable {
    let layout: ProjectLayout
    private let builds = Mutex(0)

    init(layout: ProjectLayout) {
        self.layout = layout
    }

    func show(_ event: ServeEvent) {
        switch event {
        case .listening(let url):
            Output.standard("serving \(url) (this machine only); watching Content/ and Templates/; Ctrl-C stops\n")
        case .changed(let paths):
            let shown = paths.prefix(3).map { TerminalText.escaped(display($0)) }.joined(separator: ", ")
            Output.standard("changed: \(shown)\(paths.count > 3 ? " and \(paths.count - 3) more" : "")\n")
        case .built(let build):
            let count = builds.withLock { count in
                count += 1
                return count
            }
            show(build, first: count == 1)
        case .stopping:
            Output.standard("stopping\n")
        }
    }

    private func show(_ build: PreviewBuild, first: Bool) {
        let parts = build.duration.components
        let seconds = Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        let took = String(format: "%.1f s", seconds)
        switch build.outcome {
        case .built(let summary):
            let warnings = build.checked?.diagnostics.count(of: .warning) ?? 0
            // Every warning once, at the start; later builds only count them.
            if first, let checked = build.checked, !checked.diagnostics.isEmpty {
                Output.standard(checked.report(style: Terminal.standardOutput))
            }
            let counted = warnings == 0 ? "" : " (\(warnings) \(warnings == 1 ? "warning" : "warnings"))"
            Output.standard(
                "\(first ? "built" : "rebuilt") \(summary.pages) pages in \(summary.languages.count) languages "
                    + "in \(took)\(counted)\n")
            if first, let checked = build.checked {
                Output.standard(checked.coverage().buildNotes(built: summary.languages))
            }
        case .contentErrors:
            if let checked = build.checked { Output.standard(checked.report(style: Terminal.standardOutput)) }
            Output.standard("not built: fix the errors above; the browser shows them until you do\n")
        case .failed(let error):
            let word = Terminal.standardOutput.severity(.error)
            Output.standard("kyr: \(word): \(TerminalText.escaped(error.description))\n")
            Output.standard("not built; the browser shows the error until it is fixed\n")
        }
    }

    /// A watched path as the user's own commands would name it.
    private func display(_ path: String) -> String {
        let prefix = layout.root == "/" ? "/" : layout.root + "/"
        return path.hasPrefix(prefix) ? layout.display(String(path.dropFirst(prefix.count))) : path
    }
}
