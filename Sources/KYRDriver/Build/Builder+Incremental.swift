import Foundation
import KYRModel

extension Builder {
    /// One format's files for a build: those rendered now (already in the staging folder) and
    /// those kept from the last build.
    struct Update {
        var keys: [String: ContentHash]
        var rendered: [String: StagingFolder.Written]
        var kept: [PreviousOutput.Kept]

        /// The manifest of the folder this update writes.
        func manifest(inputs: ContentHash, warnings: Int, languages: [LanguageTag]) -> BuildManifest {
            var entries: [String: BuildManifest.Entry] = [:]
            for (path, written) in rendered {
                // A file the plan did not name is never kept: its key matches nothing.
                let key = keys[path] ?? ContentHash(Array("unplanned".utf8))
                entries[path] = BuildManifest.Entry(key: key, contents: written.contents, size: written.size)
            }
            for file in kept { entries[file.path] = file.entry }
            return BuildManifest(inputs: inputs, warnings: warnings, languages: languages, entries: entries)
        }
    }

    /// Plans the format's files, keeps those the last build made under the same keys and left
    /// intact, and renders the rest into `staging`. A file the last build made that is no
    /// longer planned (its document was removed) is neither kept nor rendered, so it is gone
    /// after the swap.
    static func update(
        _ renderer: any OutputFormat, _ publication: Publication, keys: BuildKeys, destination: String,
        into staging: StagingFolder, request: BuildRequest, times: inout PhaseTimes
    ) throws(BuildError) -> Update {
        let previous = request.clean ? nil : PreviousOutput.read(destination)
        var fileKeys: [String: ContentHash] = [:]
        var kept: [PreviousOutput.Kept] = []
        var keeping = Duration.zero
        // Which files to render is decided from the plan, between planning and rendering.
        func choose(_ plan: [PlannedFile]) -> Set<String>? {
            let start = ContinuousClock.now
            defer { keeping = ContinuousClock.now - start }
            fileKeys = Dictionary(plan.map { ($0.path, keys.key($0.dependency)) }, uniquingKeysWith: { a, _ in a })
            kept = previous?.keep(plan.map { (path: $0.path, key: fileKeys[$0.path]!) }) ?? []
            let keptPaths = Set(kept.map(\.path))
            return kept.isEmpty ? nil : Set(plan.lazy.map(\.path).filter { !keptPaths.contains($0) })
        }
        do {
            let result = try times.measure("plan, render and write") { () throws(RenderError) in
                try renderer.render(publication, choosing: choose, into: staging).result
            }
            times.append(PhaseTimes("of which keep", keeping))
            for phase in result.phases { times.append(PhaseTimes(phase.name, phase.duration)) }
            return Update(keys: fileKeys, rendered: staging.written, kept: kept)
        } catch {
            throw .template(error)
        }
    }

    /// When nothing a build of `request` reads changed since the last build (the same project
    /// files in `inventory`, options and kyr) and every format's folder is as that build left
    /// it: what those folders hold, without loading anything. Nil when anything must be built.
    package static func upToDate(_ request: BuildRequest, inventory: InputInventory, times: inout PhaseTimes)
        -> [BuildSummary]?
    {
        guard !request.clean, Self.outputExists(request) else { return nil }
        guard let lock = try? OutputWriter.lock(root: request.layout.outputRoot) else { return nil }
        defer { lock.release() }
        var summaries: [BuildSummary] = []
        for format in request.formats {
            let destination = request.layout.output(format.folder)
            let keys = BuildKeys(inventory: inventory, request: request, format: format, identity: format.identity)
            guard let previous = PreviousOutput.read(destination), previous.manifest.inputs == keys.inputs,
                times.measure("verify", { previous.isIntact() })
            else { return nil }
            summaries.append(summary(format, previous.manifest, destination: format.folder, request: request))
        }
        return summaries
    }

    /// The warnings the last build of `request` reported, from its manifests.
    package static func lastWarnings(_ request: BuildRequest) -> Int {
        request.formats.compactMap { PreviousOutput.read(request.layout.output($0.folder))?.manifest.warnings }.max()
            ?? 0
    }

    private static func outputExists(_ request: BuildRequest) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: request.layout.outputRoot, isDirectory: &isFolder)
            && isFolder.boolValue
    }
}
