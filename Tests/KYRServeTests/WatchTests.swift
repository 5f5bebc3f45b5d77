import Foundation
import KYRTestSupport
import Testing

@testable import KYRServe

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the rebuilder notices, and how open pages hear of builds.
@Suite struct WatchTests {
    @Test func writesRenamesAndDeletionsAreChanges() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let watcher = ContentWatcher(folders: [project.path + "/Content", project.path + "/Templates"])
        let start = watcher.snapshot()
        #expect(start.files.count > 5)
        #expect(watcher.snapshot() == start, "nothing changed, nothing seen")

        let guide = project.path + "/Content/guides/at-home/en.yaml"
        try project.write("Content/guides/at-home/en.yaml", try project.read("Content/guides/at-home/en.yaml") + "\n")
        let written = watcher.snapshot()
        #expect(ContentWatcher.changes(from: start, to: written) == [guide])

        // An editor that saves by renaming a new file into place.
        try project.write("Content/guides/at-home/.en.yaml.swp", try project.read("Content/guides/at-home/en.yaml"))
        #expect(rename(project.path + "/Content/guides/at-home/.en.yaml.swp", guide) == 0)
        let renamed = watcher.snapshot()
        #expect(ContentWatcher.changes(from: written, to: renamed).contains(guide))

        try project.write("Templates/html/footer.mustache", "<footer></footer>")
        try project.remove("Content/agencies/ice/es.yaml")
        #expect(
            ContentWatcher.changes(from: renamed, to: watcher.snapshot()) == [
                project.path + "/Content/agencies/ice/es.yaml", project.path + "/Templates/html/footer.mustache",
            ])
    }

    @Test func pagesHearOfEachBuildAndTheStreamsEndWhenTheServerStops() async {
        let site = LiveSite(run: "r")
        #expect(site.generation == "r-0")
        let stream = site.generations()
        site.update(errorPage: "<p>broken</p>")
        #expect(site.errorPage == "<p>broken</p>")
        site.update(errorPage: nil)
        #expect(site.errorPage == nil)
        site.close()
        var heard: [String] = []
        for await generation in stream { heard.append(generation) }
        // The newest generation is kept when a page reads slower than builds finish.
        #expect(heard == ["r-0", "r-2"] || heard == ["r-2"] || heard == ["r-0", "r-1", "r-2"], "\(heard)")
        #expect(heard.last == "r-2")
        var after: [String] = []
        for await generation in site.generations() { after.append(generation) }
        #expect(after.isEmpty, "a stream opened while stopping ends at once")
    }
}
