import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRDriver

/// A build writes each file into its staging folder as it is rendered, instead of holding the
/// whole output in memory: the same bytes must land, and nothing is swapped in after a failure.
@Suite struct StagingFolderTests {
    /// Every file under `root`, by path relative to it, hidden ones included.
    static func tree(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = URL(fileURLWithPath: root)
        let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(base.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func aSiteRenderedIntoTheStagingFolderIsTheSiteRenderedInMemory() throws {
        let project = Fixtures.project("site-multilingual")
        let (inMemory, publication) = try SiteRendering.build(project)
        let folder = try TemporaryProject()
        let writer = OutputWriter(destination: folder.path + "/Output/site")
        let lock = try OutputWriter.lock(root: folder.path + "/Output")
        defer { lock.release() }
        let staging = try writer.stage()
        let request = BuildRequest(layout: ProjectLayout(root: project.path), today: SiteRendering.today)
        let format = try BuildFormat.html.renderer(request, translationStatus: nil)
        let (plan, result) = try format.render(publication, choosing: { _ in nil }, into: staging)
        #expect(result.files.isEmpty, "no page is kept in memory")
        #expect(Set(staging.written.keys) == Set(plan.map(\.path)))
        // On disk before the swap, with the hash and size the manifest records.
        let staged = try Self.tree(staging.path)
        #expect(
            staged.mapValues { Array($0) } == Dictionary(uniqueKeysWithValues: inMemory.map { ($0.path, $0.contents) }))
        for file in inMemory {
            #expect(
                staging.written[file.path] == .init(contents: ContentHash(file.contents), size: file.contents.count))
        }
        try writer.finish(staging)
        var expected = Dictionary(uniqueKeysWithValues: inMemory.map { ($0.path, Data($0.contents)) })
        expected[OutputWriter.marker] = Data(OutputWriter.markerText.utf8)
        #expect(try Self.tree(folder.path + "/Output/site") == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/Output") == ["site"])
    }

    @Test func filesAcceptedFromEveryCoreAllLand() throws {
        let folder = try TemporaryProject()
        let writer = OutputWriter(destination: folder.path + "/Output/site")
        let lock = try OutputWriter.lock(root: folder.path + "/Output")
        defer { lock.release() }
        let staging = try writer.stage()
        // Many files in few folders, so threads race to make the same folders.
        let files = (0..<2000).map { OutputFile(path: "l\($0 % 7)/g\($0 % 13)/page-\($0).html", text: "page \($0)") }
        _ = Parallel.map(files) { staging.accept($0) }
        try writer.finish(staging)
        let tree = try Self.tree(folder.path + "/Output/site")
        #expect(tree.count == files.count + 1)
        for file in files { #expect(tree[file.path] == Data(file.contents)) }
    }

    @Test func aFailedWriteIsReportedWhenFinishingAndThePreviousOutputStays() throws {
        let folder = try TemporaryProject()
        let writer = OutputWriter(destination: folder.path + "/Output/site")
        try writer.write([OutputFile(path: "index.html", text: "previous")])
        let before = try folder.snapshot()
        let lock = try OutputWriter.lock(root: folder.path + "/Output")
        defer { lock.release() }
        let staging = try writer.stage()
        staging.accept(OutputFile(path: "a.html", text: "new"))
        staging.accept(OutputFile(path: "a.html/b.html", text: "new"))  // `a.html` is a file
        staging.accept(OutputFile(path: "index.html", text: "new"))
        #expect(staging.written["index.html"] == nil, "nothing is written after the first failure")
        #expect(throws: OutputError.self) { try writer.finish(staging) }
        #expect(try folder.snapshot() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/Output").sorted() == ["site"])
    }

    @Test func aPathOutsideTheFolderIsRefusedAndNothingIsSwapped() throws {
        let folder = try TemporaryProject()
        let writer = OutputWriter(destination: folder.path + "/Output/site")
        let lock = try OutputWriter.lock(root: folder.path + "/Output")
        defer { lock.release() }
        let staging = try writer.stage()
        staging.accept(OutputFile(path: "../escape.html", text: "x"))
        #expect(throws: OutputError.self) { try writer.finish(staging) }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/Output/escape.html"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/Output/site"))
    }
}
