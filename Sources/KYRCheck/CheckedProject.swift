import KYRLoad
import Synchronization
import KYRModel

/// A project loaded and checked: what every command starts from.
public struct CheckedProject: Sendable {
    public var content: ContentSet
    /// Every diagnostic of loading and checking, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// File texts, for quoting lines in diagnostics.
    public var sources: SourceText

    /// Loads `projectDirectory`'s content and runs the standard rules as of `today`.
    public static func load(_ projectDirectory: String, today: ContentDate) throws(LoadError) -> CheckedProject {
        let clock = ContinuousClock()
        let start = clock.now
        let loaded = try ContentLoader(projectDirectory: projectDirectory).load()
        let afterLoad = clock.now
        let checked = ContentChecker(context: CheckContext(today: today)).check(loaded.content)
        let result = CheckedProject(content: loaded.content, diagnostics: (loaded.diagnostics + checked).sorted(), sources: loaded.sources)
        timings = [("load", afterLoad - start), ("check", clock.now - afterLoad)]
        return result
    }

    /// Keeps the project alive until the process exits: a command that ends with `exit` need
    /// not spend time releasing millions of model values one by one.
    public func retainUntilExit() {
        Self.retained.withLock { $0.append(self) }
    }

    private static let retained = Mutex<[CheckedProject]>([])

    /// How long the last load took per phase, for `KYR_TIMINGS=1` and benchmarks.
    nonisolated(unsafe) public static var timings: [(String, Duration)] = []

    public var hasErrors: Bool { diagnostics.hasErrors }

    /// Decides what readers see in each language; translated units with errors fall back to the source.
    public var localizer: Localizer {
        Localizer(content: content, blocked: Set(diagnostics.filter { $0.severity == .error }.compactMap(\.subject)))
    }

    /// The diagnostics about one file.
    public func diagnostics(in file: String) -> [Diagnostic] {
        diagnostics.filter { $0.location.file == file }
    }
}
