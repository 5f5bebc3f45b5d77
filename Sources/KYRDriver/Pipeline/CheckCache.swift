import Foundation
import KYRCheck
import KYRModel
import Synchronization

/// The document rules' memory between runs (`CheckMemory`), kept in
/// `Output/.kyr-cache/check`: on a large project most of what `kyr check` and `kyr build`
/// spend is comparing every translation with its source, and after an edit all but one
/// guide are as they were.
///
/// A guide's findings are keyed by everything a document rule may read about it (`RuleScope`):
/// the guide's own files (its source, every translation, its history, and which of them
/// exist), hashed from the texts this run loaded; every content file no guide owns (site.yaml,
/// the interface strings, the agency notes and their translations); the day, for review dates;
/// the measurer's identity (fonts, paper); how messages name files; and kyr itself. The file is
/// rewritten with this run's guides only, so it never grows; nothing is kept while the output
/// folder does not exist (a check creates no folder).
final class CheckCache: CheckMemory {
    static let fileName = "check"
    static let header = "kyr check cache: what the document rules found in each guide when last run"
    static let scheme = "kyr check 1"

    private let outputRoot: String
    /// Each guide's key for this run, by guide ID.
    private let keys: [String: ContentHash]
    /// What the file held when read (nothing, when not reading it).
    private let known: [ContentHash: [Diagnostic]]
    /// Whether the file must be written even when this run found what it holds.
    private let replacing: Bool
    /// The guides this run looked up and found, or checked.
    private let current = Mutex<[ContentHash: [Diagnostic]]>([:])
    /// How many guides this run took from the file.
    private let found = Mutex(0)

    /// A cache for the run that loaded `files` on `today`; with `reading` false, one that knows
    /// nothing yet, and so has every guide checked and then replaces the file.
    init(
        layout: ProjectLayout, files: LoadedFiles, today: ContentDate, identity: String, reading: Bool = true,
        tool: String = ToolIdentity.current
    ) {
        var shared = ContentHash()
        shared.combine(Self.scheme)
        shared.combine(tool)
        shared.combine(identity)
        shared.combine(today.description)
        shared.combine(layout.displayPrefix)
        var guides: [String: [String]] = [:]
        var others: [String] = []
        for path in files.paths {
            if let owner = InputInventory.document(of: path), owner.kind == .guide {
                guides[owner.id, default: []].append(path)
            } else {
                others.append(path)
            }
        }
        files.combine(others, into: &shared)
        keys = guides.mapValues { paths in
            var key = shared
            files.combine(paths, into: &key)
            return key
        }
        outputRoot = layout.outputRoot
        known = reading ? Self.read(CacheFolder.path(Self.fileName, in: outputRoot)) ?? [:] : [:]
        replacing = !reading
    }

    func findings(for guide: String) -> [Diagnostic]? {
        guard let key = keys[guide], let findings = known[key] else { return nil }
        current.withLock { $0[key] = findings }
        found.withLock { $0 += 1 }
        return findings
    }

    /// How many guides this run took from the file instead of checking them.
    var reused: Int { found.withLock { $0 } }

    func remember(_ findings: [Diagnostic], for guide: String) {
        guard let key = keys[guide] else { return }
        current.withLock { $0[key] = findings }
    }

    /// Writes this run's guides, when they differ from what the file holds and the output
    /// folder exists; a failure to write only means the next run checks every guide again.
    func save() {
        let entries = current.withLock { $0 }
        guard replacing || entries != known, let data = Self.encoded(entries) else { return }
        CacheFolder.replace(Self.fileName, in: outputRoot, with: data)
    }
}
