import Foundation
import KYRModel
import KYRTestSupport

@testable import KYRDriver

/// A copy of the bundled content built in Spanish and Arabic (with English), all three formats,
/// into `Output/`, incrementally, and into a second folder from nothing, to compare the two and
/// to see which files a rebuild rendered: a kept file is a hard link to the last build's, so it
/// keeps its inode; a rendered one is a new file.
final class IncrementalProject {
    let project: TemporaryProject
    var today = ContentDate("2026-11-22")!
    var tool = "kyr under test"
    var formats: [BuildFormat] = [.html, .text, .print]
    static let languages = ["es", "ar"].map { try! LanguageTag.parse($0).get() }
    static let folders = ["site", "text", "print"]

    init() throws {
        project = try TemporaryProject.bundled()
    }

    func request(output: String, clean: Bool) -> BuildRequest {
        let layout = ProjectLayout(root: project.path, output: project.path + "/" + output)
        var request = BuildRequest(layout: layout, formats: formats, languages: Self.languages, today: today)
        request.clean = clean
        request.tool = tool
        return request
    }

    /// Builds into `output` (loading and checking first); the summaries.
    @discardableResult
    func build(output: String = "Output", clean: Bool = false) throws -> [BuildSummary] {
        let request = request(output: output, clean: clean)
        let inventory = InputInventory(layout: request.layout)
        let checked = try CheckedProject.load(request.layout, today: today)
        var times = PhaseTimes()
        return try Builder.build(checked, request, inventory: inventory, times: &times)
    }

    /// What `Builder.upToDate` says of `Output/` now.
    func upToDate(_ times: inout PhaseTimes) -> [BuildSummary]? {
        let inventory = InputInventory(layout: ProjectLayout(root: project.path))
        return Builder.upToDate(request(output: "Output", clean: false), inventory: inventory, times: &times)
    }

    /// Each output file under `output` (marker and manifest left out) by path, with its inode.
    func inodes(_ output: String = "Output") throws -> [String: UInt64] {
        var inodes: [String: UInt64] = [:]
        for folder in Self.folders {
            let root = project.url.appendingPathComponent(output + "/" + folder)
            guard FileManager.default.fileExists(atPath: root.path) else { continue }
            for path in try FolderContents.files(under: root).keys {
                let name = (path as NSString).lastPathComponent
                if name == OutputWriter.marker || name == BuildManifest.fileName { continue }
                let attributes = try FileManager.default.attributesOfItem(atPath: root.path + path)
                inodes[folder + path] = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
            }
        }
        return inodes
    }

    /// Rebuilds `Output/` incrementally after `change`; the paths the rebuild rendered (new
    /// inodes), those it removed, and those whose bytes changed.
    func rebuild(after change: () throws -> Void) throws -> (
        rendered: Set<String>, removed: Set<String>, changed: Set<String>
    ) {
        let before = try inodes()
        let bytesBefore = try FolderContents.files(under: project.url.appendingPathComponent("Output"))
        try change()
        try build()
        let after = try inodes()
        let bytesAfter = try FolderContents.files(under: project.url.appendingPathComponent("Output"))
        return (
            Set(after.filter { before[$0.key] != $0.value }.keys),
            Set(before.keys).subtracting(after.keys),
            Set(bytesAfter.filter { bytesBefore[$0.key] != $0.value }.keys.map { String($0.dropFirst()) })
        )
    }

    /// Every file of `Output/`, manifests included, against a build from nothing with the same
    /// inputs: the paths that differ (empty when the incremental build is right).
    func differencesFromCleanBuild() throws -> [String] {
        let fresh = "Fresh-\(UUID().uuidString)"
        try build(output: fresh, clean: true)
        defer { try? FileManager.default.removeItem(at: project.url.appendingPathComponent(fresh)) }
        let incremental = try FolderContents.files(under: project.url.appendingPathComponent("Output"))
        let clean = try FolderContents.files(under: project.url.appendingPathComponent(fresh))
        return Set(incremental.keys).union(clean.keys).filter { incremental[$0] != clean[$0] }.sorted()
    }

    /// Every output path (as `inodes` names them) that `matches`.
    func outputs(_ matches: (String) -> Bool) throws -> Set<String> {
        Set(try inodes().keys.filter(matches))
    }

    /// The site's files about every document: the lists, the language indexes, the sitemap, the
    /// stylesheet and the translators' page. A change renders them again exactly when their
    /// bytes change (they are keyed by the values they show).
    static func isAboutEveryDocument(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        let isDocument = path.contains("/guides/") || path.contains("/agencies/") && name != "index.html"
        return path.hasPrefix("site/") && !isDocument
    }

    /// The texts' indexes, which every document's change renders again.
    static func isTextIndex(_ path: String) -> Bool {
        path.hasPrefix("text/") && (path as NSString).lastPathComponent == "index.txt"
    }

    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try project.read(path)
        precondition(text.contains(old), "\(path) has no \(old)")
        try project.write(path, text.replacingOccurrences(of: old, with: new))
    }
}
