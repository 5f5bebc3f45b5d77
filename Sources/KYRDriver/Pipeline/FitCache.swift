import KYRModel
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The print fit checks' memory between runs (`FitMemory`), kept in
/// `Output/.kyr-cache/print-fit`: laying out every wallet card and limited handout in every
/// language with Pango is most of what `kyr check` costs on a small project, and most of them
/// have not changed since the last check or build.
///
/// A (guide, language) pair is keyed by what its measurement depends on, hashed from the very
/// texts this run loaded (so an edit made while the check runs cannot be recorded under the
/// wrong key): the guide's source file, its translation into the language and its history;
/// every content file that is not a document's (site.yaml, the interface strings); the
/// measurer's identity (fonts, paper); and kyr itself. Only pairs that fit are kept; the file is rewritten with this run's pairs only, so
/// it never grows. Nothing is kept while the output folder does not exist (a check creates no
/// folder); a first build saves it once it has written its output.
final class FitCache: FitMemory {
    static let fileName = "print-fit"
    static let header = "kyr print fit cache: (guide, language) pairs that fitted when last measured"
    static let scheme = "kyr print fit 1"

    /// The output root (`Output`), which holds `.kyr-cache`.
    private let outputRoot: String
    /// What the file holds: what was read, then what was saved.
    private let saved: Mutex<Set<ContentHash>>
    private let shared: ContentHash
    /// The files this run loaded, hashed.
    private let files: LoadedFiles
    private let layout: ProjectLayout
    private let known: Set<ContentHash>
    /// The pairs this run found fitting, or looked up and found.
    private let current = Mutex<Set<ContentHash>>([])

    /// A cache for the run that loaded `files`; with `reading` false, one that knows nothing
    /// yet, and so measures everything and then replaces the file.
    init(
        layout: ProjectLayout, files: LoadedFiles, identity: String, reading: Bool = true,
        tool: String = ToolIdentity.current
    ) {
        var shared = ContentHash()
        shared.combine(Self.scheme)
        shared.combine(tool)
        shared.combine(identity)
        files.combine(files.unowned, into: &shared)
        self.shared = shared
        self.files = files
        self.layout = layout
        outputRoot = layout.outputRoot
        let saved = Self.read(CacheFolder.path(Self.fileName, in: outputRoot)) ?? []
        known = reading ? saved : []
        self.saved = Mutex(saved)
    }

    func fits(_ guide: Guide, in language: LanguageTag) -> Bool {
        guard let key = key(guide, language), known.contains(key) else { return false }
        current.withLock { _ = $0.insert(key) }
        return true
    }

    func remember(_ guide: Guide, in language: LanguageTag) {
        guard let key = key(guide, language) else { return }
        current.withLock { _ = $0.insert(key) }
    }

    /// Writes this run's pairs, when they differ from what the file holds and the output
    /// folder exists; a failure to write only means the next check measures again.
    func save() {
        let pairs = current.withLock { $0 }
        guard saved.withLock({ $0 }) != pairs else { return }
        let text = ([Self.header, Self.scheme] + pairs.map(\.hex).sorted()).joined(separator: "\n") + "\n"
        if CacheFolder.replace(Self.fileName, in: outputRoot, with: Array(text.utf8)) {
            saved.withLock { $0 = pairs }
        }
    }

    /// A guide's card and handout in one language are made from its source file, the
    /// translation into that language and the guide's history (which decides what is outdated).
    private func key(_ guide: Guide, _ language: LanguageTag) -> ContentHash? {
        let source = layout.relative(guide.file)
        guard let sourceHash = files.hashes[source] else { return nil }
        let folder = (source.split(separator: "/").dropLast()).joined(separator: "/")
        var key = shared
        key.combine(source)
        key.combine(sourceHash)
        for file in [folder + "/" + language.identifier + ".yaml", "Content/history/guides/" + guide.id + ".yaml"] {
            key.combine(file)
            key.combine(files.hashes[file] ?? ContentHash(Array("absent".utf8)))
        }
        key.combine(language.identifier)
        return key
    }

    /// The pairs in the file at `path`; none when it is missing or not this kyr's.
    private static func read(_ path: String) -> Set<ContentHash>? {
        guard let bytes = SystemFile.read(path) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        guard lines.count >= 2, lines[0] == header, lines[1] == scheme else { return nil }
        var pairs: Set<ContentHash> = []
        for line in lines.dropFirst(2) {
            guard let pair = ContentHash(hex: line) else { return nil }
            pairs.insert(pair)
        }
        return pairs
    }
}
