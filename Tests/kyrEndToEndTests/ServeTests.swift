import Foundation
import KYRTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `kyr serve` as an author uses it: the real binary on a free port, pages fetched over HTTP,
/// files edited while it runs. Every server is killed when its test ends, whatever happens.
@Suite(.serialized) struct ServeTests {
    static let today = "2026-11-22"
    static let guide = "Content/guides/at-home/en.yaml"
    static let page = "/en/guides/at-home.html"

    /// A project made by kyr init, in a temporary folder.
    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject()
        let run = try KyrBinary.run(["init", ".", "--languages", "es,vi", "--today", today], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        return project
    }

    /// Fetches `path` until `accept` takes the response, for up to `timeout` seconds; the last
    /// response and how long it took.
    static func poll(
        _ server: KyrServer, _ path: String, timeout: TimeInterval = 2, until accept: (HTTPProbe.Response) -> Bool
    ) throws -> (response: HTTPProbe.Response, seconds: TimeInterval) {
        let start = Date()
        var response = try HTTPProbe.get(port: server.port, path)
        while !accept(response) && Date().timeIntervalSince(start) < timeout {
            Thread.sleep(forTimeInterval: 0.05)
            response = try HTTPProbe.get(port: server.port, path)
        }
        return (response, Date().timeIntervalSince(start))
    }

    @Test func servesThePageWithTheReloadScriptOnlyInTheResponse() throws {
        let project = try Self.project()
        let server = try KyrServer(["--today", Self.today], in: project.url)
        let response = try HTTPProbe.get(port: server.port, Self.page)
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "text/html; charset=utf-8")
        #expect(response.headers["cache-control"] == "no-store")
        #expect(response.body.contains("<h1>If immigration agents come to your door</h1>"))
        #expect(response.body.contains("<script src=\"/_kyr/reload.js\" data-generation=\""))
        #expect(
            response.body.contains(
                "content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
                    + "form-action 'none'; script-src 'self'; connect-src 'self'\""))
        // The file on disk is the published page: no script, the strict policy.
        let file = try project.read("Output/site" + Self.page)
        #expect(!file.contains("<script"))
        #expect(file.contains("content=\"default-src 'none'; style-src 'self';"))
        #expect(!file.contains("script-src"))
        let script = try HTTPProbe.get(port: server.port, "/_kyr/reload.js")
        #expect(script.status == 200)
        #expect(script.body.contains("new EventSource(\"/_kyr/events\")"))
        #expect(try HTTPProbe.get(port: server.port, "/").body.contains("<script src=\"/_kyr/reload.js\""))
        #expect(try HTTPProbe.get(port: server.port, "/style.css").headers["content-type"] == "text/css; charset=utf-8")
        let missing = try HTTPProbe.get(port: server.port, "/en/guides/nothing-here.html")
        #expect(missing.status == 404)
        #expect(missing.body.contains("<script src=\"/_kyr/reload.js\""), "the site's 404 page, served live")
        for escape in ["/../Content/site.yaml", "/%2e%2e/Content/site.yaml", "/.kyr-output"] {
            #expect(try HTTPProbe.get(port: server.port, escape).status == 404, "\(escape)")
        }
        #expect(server.interrupt() == 0)
    }

    @Test func anEditIsServedWithinTwoSeconds() throws {
        let project = try Self.project()
        let server = try KyrServer(["--today", Self.today], in: project.url)
        let events = try HTTPProbe.EventStream(port: server.port, "/_kyr/events")
        let first = events.data(atLeast: 1, timeout: 5)
        #expect(first.count == 1)
        #expect(try HTTPProbe.get(port: server.port, Self.page).status == 200)
        let guide = try project.read(Self.guide)
        try project.write(
            Self.guide,
            guide.replacingOccurrences(
                of: "title: If immigration agents come to your door", with: "title: When agents knock at your door"))
        let (response, seconds) = try Self.poll(server, Self.page) {
            $0.body.contains("<h1>When agents knock at your door</h1>")
        }
        #expect(response.body.contains("<h1>When agents knock at your door</h1>"), "\(server.stdout)")
        #expect(seconds < 2, "the change was served after \(seconds) s")
        // Open pages hear of the build and reload.
        let announced = events.data(atLeast: 2, timeout: 2)
        #expect(announced.count == 2 && announced[0] != announced[1], "\(announced)")
        // The new page can be served a moment before the line about it is printed.
        let printed = try server.waitFor(timeout: 10) { $0.contains("rebuilt 18 pages in 3 languages") ? $0 : nil }
        #expect(printed.contains("changed: Content/guides/at-home/en.yaml"))
        #expect(server.interrupt() == 0)
    }

    @Test func aSyntaxErrorShowsTheErrorPageAndTheFixBringsThePageBack() throws {
        let project = try Self.project()
        let server = try KyrServer(["--today", Self.today], in: project.url)
        let guide = try project.read(Self.guide)
        try project.write(Self.guide, guide.replacingOccurrences(of: "agencies: [ice]", with: "agencies: [ice"))
        let broken = try Self.poll(server, Self.page) { $0.status == 500 }
        #expect(broken.response.status == 500, "\(server.stdout)")
        #expect(broken.response.body.contains("The content has 1 error"))
        #expect(broken.response.body.contains("Content/guides/at-home/en.yaml:"))
        #expect(broken.response.body.contains("[yaml-syntax]"))
        #expect(broken.response.body.contains("<script src=\"/_kyr/reload.js\""), "the error page reloads itself")
        #expect(try HTTPProbe.get(port: server.port, "/es/").status == 500, "every page")
        #expect(try HTTPProbe.get(port: server.port, "/style.css").status == 200)
        _ = try server.waitFor(timeout: 5) { $0.contains("not built:") ? true : nil }
        #expect(server.stdout.contains(": error: "), "the terminal shows the error too")
        // The previous site stays on disk, whole.
        #expect(
            try project.read("Output/site" + Self.page).contains("<h1>If immigration agents come to your door</h1>"))

        try project.write(
            Self.guide, guide.replacingOccurrences(of: "Keep the door closed", with: "Keep your door closed"))
        let fixed = try Self.poll(server, Self.page) { $0.status == 200 }
        #expect(fixed.response.status == 200, "\(server.stdout)")
        #expect(fixed.response.body.contains("Keep your door closed"))
        #expect(server.interrupt() == 0)
    }

    @Test func ctrlCStopsTheServerWithPagesOpen() throws {
        let project = try Self.project()
        let server = try KyrServer(["--today", Self.today], in: project.url)
        let events = try HTTPProbe.EventStream(port: server.port, "/_kyr/events")
        #expect(events.data(atLeast: 1, timeout: 5).count == 1)
        let start = Date()
        #expect(server.interrupt() == 0)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(events.isClosed(within: 1))
        #expect(server.stdout.hasSuffix("stopping\nkyr serve stopped\n"), "\(server.stdout)")
        #expect(server.stderr.isEmpty, "\(server.stderr)")
        #expect(throws: HTTPProbe.Failure.self) { try HTTPProbe.get(port: server.port, "/") }
    }

    @Test func aTakenPortIsAUsageError() throws {
        let project = try Self.project()
        let first = try KyrServer(["--today", Self.today], in: project.url)
        let second = try KyrBinary.run(
            ["serve", "--port", String(first.port), "--today", Self.today], in: project.url, timeout: 30)
        #expect(second.status == 2)
        #expect(second.stderr.contains("cannot listen on 127.0.0.1:\(first.port): Address already in use"))
        #expect(first.interrupt() == 0)
    }

    @Test func anOutputFolderKyrDidNotWriteIsRefusedBeforeServing() throws {
        let project = try Self.project()
        try project.write("Output/site/mine.txt", "not kyr's")
        let run = try KyrBinary.run(["serve", "--port", "0", "--today", Self.today], in: project.url, timeout: 30)
        #expect(run.status == 2)
        #expect(run.stderr.contains("has files kyr did not write"))
        #expect(try project.read("Output/site/mine.txt") == "not kyr's")
    }
}
