import KYRModel

/// The static site as an output format: `kyr build --format html` writes it to `Output/site`.
package struct SiteFormat: OutputFormat {
    package let templates: SiteTemplates
    package let options: SiteOptions

    package init(templates: SiteTemplates, options: SiteOptions = SiteOptions()) {
        self.templates = templates
        self.options = options
    }

    package var name: String { "html" }

    package var folder: String { "site" }

    package func plan(_ publication: Publication) -> [PlannedFile] {
        SiteRenderer(publication: publication, templates: templates, options: options).plan().files
    }

    package func render(_ publication: Publication, only: Set<String>?) throws(RenderError) -> RenderResult {
        RenderResult(
            files: SiteRenderer(publication: publication, templates: templates, options: options).render(only: only))
    }

    /// The values planned for the pages about every document and the sitemap (their keys)
    /// are the ones they are rendered from: built once.
    package func render(_ publication: Publication, choosing choose: ([PlannedFile]) -> Set<String>?)
        throws(RenderError) -> (plan: [PlannedFile], result: RenderResult)
    {
        let renderer = SiteRenderer(publication: publication, templates: templates, options: options)
        let plan = renderer.plan()
        let files = renderer.render(only: choose(plan.files), planned: plan.values)
        return (plan.files, RenderResult(files: files))
    }

    /// Pages go to `sink` as they are made: a site's pages are most of a build's memory.
    package func render(
        _ publication: Publication, choosing choose: ([PlannedFile]) -> Set<String>?, into sink: any OutputSink
    ) throws(RenderError) -> (plan: [PlannedFile], result: RenderResult) {
        let clock = ContinuousClock()
        var start = clock.now
        var phases: [(name: String, duration: Duration)] = []
        func lap(_ name: String) {
            let now = clock.now
            phases.append((name, now - start))
            start = now
        }
        let renderer = SiteRenderer(publication: publication, templates: templates, options: options)
        let plan = renderer.plan()
        lap("of which plan")
        let chosen = choose(plan.files)
        start = clock.now
        renderer.render(only: chosen, planned: plan.values, into: sink)
        lap("of which render and write")
        return (plan.files, RenderResult(files: [], phases: phases))
    }
}
