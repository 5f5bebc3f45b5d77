import Foundation
import KYRCheck
import KYRModel
import KYRRender

/// `kyr build`: from a checked project to every requested output, each written atomically
/// into its folder under the output root. A rebuild renders only the files whose inputs
/// changed since the last build and keeps the others (`Builder+Incremental.swift`).
package enum Builder {
    /// One format rendered in memory, not yet written.
    package struct Rendered: Sendable {
        package var format: BuildFormat
        /// The folder under the output root the files go to (`site`).
        package var folder: String
        package var result: RenderResult
        package var publication: Publication
    }

    /// Builds `request.formats` from `checked`, which must be free of errors. `inventory` must be
    /// taken before `checked` was loaded: a file edited in between is then rendered from its
    /// new bytes but recorded under its old hash, so the next build renders it again (the other
    /// order would record new hashes for old bytes and keep a stale file).
    /// `coverage`: `checked.coverage(languages: request.languages)` when the caller made it
    /// already (for its own notes), so it is not counted twice. `publication`:
    /// `Builder.publication(checked, request)` when the caller made it, to keep it past the build.
    package static func build(
        _ checked: CheckedProject, _ request: BuildRequest, inventory: InputInventory, coverage: CoverageReport? = nil,
        publication made: Publication? = nil, times: inout PhaseTimes
    ) throws(BuildError) -> [BuildSummary] {
        let publication: Publication
        if let made {
            publication = made
        } else {
            publication = try times.measure("publication") { () throws(BuildError) in
                try Self.publication(checked, request)
            }
        }
        let status =
            request.translationStatus ? (coverage ?? checked.coverage(languages: request.languages)) : nil
        let warnings = checked.diagnostics.count { $0.severity == .warning }
        // Every destination is checked before the output root is created and locked, so a
        // refused one leaves nothing behind.
        var renderers: [(format: BuildFormat, renderer: any OutputFormat, destination: String)] = []
        for format in request.formats {
            let renderer: any OutputFormat
            do {
                renderer = try format.renderer(request, translationStatus: status)
            } catch {
                throw .template(error)
            }
            let destination = request.layout.output(renderer.folder)
            do {
                try OutputPlacement.check(destination, root: request.layout.outputRoot, layout: request.layout)
            } catch {
                throw .output(error)
            }
            renderers.append((format, renderer, destination))
        }
        let lock: OutputLock
        do {
            lock = try OutputWriter.lock(root: request.layout.outputRoot)
        } catch {
            throw .output(error)
        }
        defer { lock.release() }
        var summaries: [BuildSummary] = []
        for (format, renderer, destination) in renderers {
            let keys = BuildKeys(inventory: inventory, request: request, format: format, identity: renderer.identity)
            let writer = OutputWriter(destination: destination, force: request.force)
            let staging: StagingFolder
            do {
                staging = try writer.stage()
            } catch {
                throw .output(error)
            }
            let update: Update
            do {
                update = try self.update(
                    renderer, publication, keys: keys, destination: destination, into: staging, request: request,
                    times: &times)
            } catch {
                writer.abandon(staging)
                throw error
            }
            let manifest = update.manifest(inputs: keys.inputs, warnings: warnings, languages: publication.languages)
            do {
                try times.measure("keep and swap") { () throws(OutputError) in
                    try writer.finish(staging, keeping: update.kept, adding: [manifest.file])
                }
            } catch {
                throw .output(error)
            }
            var summary = summary(format, manifest, destination: renderer.folder, request: request)
            summary.rendered = update.rendered.count
            summaries.append(summary)
        }
        times.measure("remember") { checked.saveCaches() }
        return summaries
    }

    /// Renders `request.formats` from `checked` in memory, every file: what a whole build writes.
    package static func render(
        _ checked: CheckedProject, _ request: BuildRequest, times: inout PhaseTimes
    ) throws(BuildError) -> [Rendered] {
        let publication = try publication(checked, request)
        // The translators' page: every missing or outdated unit per language, from the same report as kyr coverage.
        let status = request.translationStatus ? checked.coverage(languages: request.languages) : nil
        var rendered: [Rendered] = []
        for format in request.formats {
            do {
                let renderer = try format.renderer(request, translationStatus: status)
                let result = try times.measure("render") { () throws(RenderError) in try renderer.render(publication) }
                for phase in result.phases { times.append(PhaseTimes(phase.name, phase.duration)) }
                rendered.append(
                    Rendered(format: format, folder: renderer.folder, result: result, publication: publication))
            } catch {
                throw .template(error)
            }
        }
        return rendered
    }

    /// What readers get from `checked`: refused when it has errors or `request` names a
    /// language site.yaml does not list.
    package static func publication(_ checked: CheckedProject, _ request: BuildRequest) throws(BuildError)
        -> Publication
    {
        guard !checked.hasErrors else { throw .contentErrors }
        let listed = Set(checked.listedLanguages)
        if let unknown = request.languages.first(where: { !listed.contains($0) }) { throw .unlistedLanguage(unknown) }
        do {
            return try Publication(
                localizer: checked.localizer, languages: request.languages.isEmpty ? nil : request.languages,
                today: request.today, baseURL: request.baseURL)
        } catch {
            throw .nothingToPublish(error)
        }
    }

    /// What a format's folder holds after a build, from its manifest.
    static func summary(
        _ format: BuildFormat, _ manifest: BuildManifest, destination folder: String, request: BuildRequest
    )
        -> BuildSummary
    {
        let paths = manifest.entries.keys
        return BuildSummary(
            format: format,
            destination: URL(fileURLWithPath: request.layout.outputRoot).appendingPathComponent(folder).path,
            pages: paths.count { $0.hasSuffix(".html") || $0.hasSuffix(".txt") || $0.hasSuffix(".pdf") },
            files: paths.count, bytes: manifest.entries.values.reduce(0) { $0 + $1.size },
            languages: manifest.languages, rendered: 0)
    }
}
