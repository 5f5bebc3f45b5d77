import KYRDriver
import KYRModel

/// One build of `kyr serve`: the site (html only, as `kyr build` makes it) through the driver
/// into the project's output folder, with the same writer, so a failed build leaves the site
/// served before it as it was.
package struct PreviewBuild: Sendable {
    /// How the build ended.
    package enum Outcome: Sendable {
        /// The site was written.
        case built(BuildSummary)
        /// The content has errors: nothing was written.
        case contentErrors
        /// Loading, a template or writing failed: nothing was written.
        case failed(any KYRError)
    }

    /// The project as loaded and checked, when it could be read at all.
    package var checked: CheckedProject?
    package var outcome: Outcome
    /// How long the build took.
    package var duration: Duration

    /// Builds the site of `layout` as of `today`.
    package static func run(_ layout: ProjectLayout, today: ContentDate) -> PreviewBuild {
        let clock = ContinuousClock()
        let start = clock.now
        var build = PreviewBuild(checked: nil, outcome: .contentErrors, duration: .zero)
        do {
            // Before loading, so a file saved during the build is built again next time (`Builder.build`).
            let inventory = InputInventory(layout: layout)
            let checked = try CheckedProject.load(layout, today: today, measurer: CheckedProject.printMeasurer())
            build.checked = checked
            if !checked.hasErrors {
                var times = PhaseTimes()
                let summaries = try Builder.build(
                    checked, BuildRequest(layout: layout, formats: [.html], today: today), inventory: inventory,
                    times: &times)
                if let summary = summaries.first { build.outcome = .built(summary) }
            }
        } catch let error as any KYRError {
            build.outcome = .failed(error)
        } catch {
            build.outcome = .failed(ServeError.unexpected(String(describing: error)))
        }
        build.duration = clock.now - start
        return build
    }

    /// Whether the site was written.
    package var succeeded: Bool {
        if case .built = outcome { true } else { false }
    }

    /// The error page that stands in for the site after this build, or nil when it succeeded.
    package var errorPage: String? {
        switch outcome {
        case .built: return nil
        case .contentErrors:
            let errors = checked?.diagnostics.count(of: .error) ?? 0
            return ErrorPage.html(
                title: "The content has \(errors) \(errors == 1 ? "error" : "errors")",
                report: checked?.report() ?? "")
        case .failed(let error):
            return ErrorPage.html(title: "The site could not be built", report: error.description)
        }
    }
}
