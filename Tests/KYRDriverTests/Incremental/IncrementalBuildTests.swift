import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRDriver

/// A rebuild renders exactly the files whose inputs changed, keeps the others, removes the
/// files of removed documents, and leaves the same bytes a build from nothing would.
@Suite struct IncrementalBuildTests {
    /// Each kind of input changed once: the files rendered again are exactly those that depend on it.
    @Test(arguments: InputChange.allCases)
    func aChangeRendersExactlyTheFilesThatDependOnIt(_ change: InputChange) throws {
        let project = try IncrementalProject()
        project.formats = change.formats
        try project.build()
        let before = try project.inodes()
        let result = try project.rebuild { try change.apply(to: project) }
        let expected = try project.outputs { change.affects($0) ?? result.changed.contains($0) }
        #expect(
            result.rendered == expected,
            "rendered, not expected: \(result.rendered.subtracting(expected).sorted()); expected, kept: \(expected.subtracting(result.rendered).sorted())"
        )
        #expect(result.removed == Set(before.keys.filter(change.removes)))
        #expect(try project.differencesFromCleanBuild() == [])
    }

    @Test func aBuildWithNothingChangedLoadsNothingAndRendersNothing() throws {
        let project = try IncrementalProject()
        let first = try project.build()
        var times = PhaseTimes()
        let upToDate = try #require(project.upToDate(&times))
        #expect(upToDate.map(\.files) == first.map(\.files))
        #expect(upToDate.map(\.bytes) == first.map(\.bytes))
        #expect(times.phases.map(\.name) == ["verify", "verify", "verify"], "nothing is loaded")
        let result = try project.rebuild {}
        #expect(result.rendered.isEmpty && result.removed.isEmpty)
    }

    @Test func aFileEditedInTheOutputIsRenderedAgain() throws {
        let project = try IncrementalProject()
        try project.build()
        let page = "Output/site/es/guides/at-home.html"
        let original = try project.project.read(page)
        try project.project.write(page, original.replacingOccurrences(of: "<h1", with: "<h1 data-edited"))
        var times = PhaseTimes()
        #expect(project.upToDate(&times) == nil)
        let result = try project.rebuild {}
        #expect(result.rendered == ["site/es/guides/at-home.html"])
        #expect(try project.project.read(page) == original)
    }

    @Test func aFileAddedToTheOutputMeansItIsNotUpToDate() throws {
        let project = try IncrementalProject()
        try project.build()
        try project.project.write("Output/text/stray.txt", "left here by hand")
        var times = PhaseTimes()
        #expect(project.upToDate(&times) == nil)
        let result = try project.rebuild {}
        #expect(result.rendered.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: project.project.path + "/Output/text/stray.txt"))
    }

    @Test func aDamagedManifestMeansAWholeBuild() throws {
        let project = try IncrementalProject()
        project.formats = [.html]
        try project.build()
        let all = try project.inodes()
        try project.project.write("Output/site/" + BuildManifest.fileName, "not a manifest\n")
        let result = try project.rebuild {}
        #expect(result.rendered == Set(all.keys))
        #expect(try project.differencesFromCleanBuild() == [])
    }

    @Test func cleanRendersEverything() throws {
        let project = try IncrementalProject()
        project.formats = [.html, .text]
        try project.build()
        let all = try project.inodes()
        let before = try project.inodes()
        try project.build(clean: true)
        let after = try project.inodes()
        #expect(Set(after.filter { before[$0.key] != $0.value }.keys) == Set(all.keys))
    }

    @Test func theManifestReadsBackAsWritten() throws {
        let manifest = BuildManifest(
            inputs: ContentHash(Array("inputs".utf8)), warnings: 3,
            languages: ["en", "zh-Hans"].map { try! LanguageTag.parse($0).get() },
            entries: [
                "a b/c.html": .init(key: ContentHash(Array("k".utf8)), contents: ContentHash(Array("c".utf8)), size: 7),
                "index.html": .init(key: ContentHash(), contents: ContentHash(), size: 0),
            ])
        #expect(BuildManifest(text: manifest.file.text) == manifest)
        let text = manifest.file.text
        let key = ContentHash(Array("k".utf8)).hex
        for damaged in [
            "", text.replacingOccurrences(of: " 7 ", with: " -7 "),
            String(text.dropLast()),
            text.replacingOccurrences(of: "warnings 3", with: "warnings"),
            text.replacingOccurrences(of: " 7 ", with: " +7 "),
            text.replacingOccurrences(of: " 7 ", with: " 7x "),
            text.replacingOccurrences(of: " 7 ", with: "  "),
            text.replacingOccurrences(of: " 7 a b/c.html", with: " 7 "),
            text.replacingOccurrences(of: " 7 ", with: " 99999999999999999999 "),
            text.replacingOccurrences(of: key, with: key.uppercased()),
            text.replacingOccurrences(of: key, with: String(key.dropFirst())),
            text.replacingOccurrences(of: key, with: "+" + key.dropFirst()),
            text.replacingOccurrences(of: "\n\(key) ", with: "\n\(key)\t"),
        ] {
            #expect(BuildManifest(text: damaged) == nil, "\(damaged)")
        }
    }

    /// Read back byte by byte: every kind of path and size a site holds, in any order.
    @Test func aLargeManifestReadsBackAsWritten() throws {
        var random = SeededRandom(state: 18)
        var entries: [String: BuildManifest.Entry] = [:]
        for index in 0..<2_000 {
            let path = ["es/guides/guide-\(index).html", "zh-Hans/指南 \(index).txt", "ar/بطاقة-\(index).pdf"][index % 3]
            entries[path] = .init(
                key: ContentHash(value: random.next()),
                contents: ContentHash(value: index == 0 ? 0 : UInt64.max - UInt64(index)),
                size: index == 1 ? Int.max : random.below(1_000_001))
        }
        let manifest = BuildManifest(
            inputs: ContentHash(value: 0xF), warnings: 1_063, languages: [try LanguageTag.parse("en").get()],
            entries: entries)
        let file = manifest.file
        #expect(BuildManifest(bytes: file.contents) == manifest)
        #expect(file.text.split(separator: "\n").count == 2_005)
        #expect(file.text.contains("\ninputs 000000000000000f\n"))
    }

    @Test func documentFilesAreToldFromTheRestByPath() {
        #expect(InputInventory.document(of: "Content/guides/at-home/es.yaml") == DocumentRef(.guide, "at-home"))
        #expect(InputInventory.document(of: "Content/agencies/ice/en.yaml") == DocumentRef(.agency, "ice"))
        #expect(InputInventory.document(of: "Content/history/guides/at-home.yaml") == DocumentRef(.guide, "at-home"))
        #expect(InputInventory.document(of: "Content/history/agencies/ice.yaml") == DocumentRef(.agency, "ice"))
        #expect(InputInventory.document(of: "Content/guides/at-home/images/a.png") == DocumentRef(.guide, "at-home"))
        #expect(InputInventory.document(of: "Content/history/guides/.yaml") == DocumentRef(.guide, ""))
        for shared in [
            "Content/site.yaml", "Content/strings/es.yaml", "Content/history/strings.yaml",
            "Templates/html/guide.mustache", "Content/guides", "Content/history/guides/a/b.yaml",
            "Content/guides/at-home", "Content/history/guides/a.yml", "Content/history/notes/a.yaml",
            "Content/history/guides", "content/guides/at-home/es.yaml", "Content/guidesX/a/b.yaml", "Content",
        ] {
            #expect(InputInventory.document(of: shared) == nil, "\(shared)")
        }
    }
}
