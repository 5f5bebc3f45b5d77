import KYRModel

/// Each content file this run loaded, hashed once from the very text it loaded, by
/// project-relative path: what the memories between runs (`FitCache`, `CheckCache`) key
/// their entries by. Hashing what was loaded, not what is on disk now, means an edit made
/// while a check runs cannot be recorded under the wrong key.
struct LoadedFiles: Sendable {
    /// Every file's hash, by project-relative path (`Content/guides/at-home/es.yaml`).
    let hashes: [String: ContentHash]
    /// The paths in order, so keys are built the same way every run.
    let paths: [String]

    /// The files of `sources`, and those of `failed` (display paths of files with errors) that
    /// could not be read as text, under one hash for all such: a file that exists but is
    /// unreadable is still not the same as one that does not exist.
    init(sources: SourceText, failed: Set<String> = [], layout: ProjectLayout) {
        let files = sources.files.map { (display: $0.key, text: $0.value) }
        let hashed = Parallel.map(files) { file in
            (layout.relative(file.display), ContentHash(file.text.utf8))
        }
        var hashes = Dictionary(hashed, uniquingKeysWith: { first, _ in first })
        for display in failed where sources.text(of: display) == nil {
            hashes[layout.relative(display)] = ContentHash(Array("unreadable".utf8))
        }
        self.hashes = hashes
        paths = hashes.keys.sorted()
    }

    /// The paths of the files no document owns (site.yaml, the interface strings), in order.
    var unowned: [String] {
        paths.filter { InputInventory.document(of: $0) == nil }
    }

    /// Mixes each of `paths` (loaded files) and its hash into `hash`: how the caches key what
    /// they remember.
    func combine(_ paths: [String], into hash: inout ContentHash) {
        for path in paths {
            hash.combine(path)
            hash.combine(hashes[path]!)
        }
    }
}
