import Foundation
import Hummingbird

/// Answers the requests of `kyr serve`: the built site's files, HTML with the reload script
/// added, the script and its event stream; and, while the last build failed, the error page
/// in place of every page.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let files: SiteFiles
    let site: LiveSite

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text("only GET and HEAD\n", status: .methodNotAllowed, type: "text/plain; charset=utf-8")
        }
        let path = request.uri.path
        if path == LiveReload.scriptPath {
            return Self.text(LiveReload.script, status: .ok, type: "text/javascript; charset=utf-8")
        }
        if path == LiveReload.eventsPath { return events() }
        let found = files.lookup(path)
        let isPage: Bool
        switch found {
        case .file(let file): isPage = file.hasSuffix(".html")
        case .notFound: isPage = true
        }
        if isPage, let errorPage = site.errorPage {
            return page(errorPage, status: .internalServerError)
        }
        switch found {
        case .file(let file):
            guard let data = FileManager.default.contents(atPath: file) else {
                return Self.text(
                    "cannot read \(path)\n", status: .internalServerError, type: "text/plain; charset=utf-8")
            }
            if file.hasSuffix(".html") { return page(String(decoding: data, as: UTF8.self), status: .ok) }
            return Self.bytes(data, status: .ok, type: SiteFiles.mediaType(of: file))
        case .notFound:
            // The site's own 404 page, as hosts serve it.
            if case .file(let notFound) = files.lookup("/404.html"),
                let data = FileManager.default.contents(atPath: notFound)
            {
                return page(String(decoding: data, as: UTF8.self), status: .notFound)
            }
            return Self.text("not found: \(path)\n", status: .notFound, type: "text/plain; charset=utf-8")
        }
    }

    /// An HTML page with the reload script, as served at the site's current generation.
    private func page(_ html: String, status: HTTPResponse.Status) -> Response {
        Self.text(
            LiveReload.inject(into: html, generation: site.generation), status: status, type: "text/html; charset=utf-8"
        )
    }

    /// Server-Sent Events: the current generation, then each new one, until the server stops.
    private func events() -> Response {
        let generations = site.generations()
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-store"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                // Reconnect quickly: after a restart of kyr serve, the page should come back soon.
                try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                for await generation in generations {
                    try await writer.write(ByteBuffer(string: "data: \(generation)\n\n"))
                }
                try await writer.finish(nil)
            })
    }

    static func text(_ text: String, status: HTTPResponse.Status, type: String) -> Response {
        bytes(Data(text.utf8), status: status, type: type)
    }

    /// A response kyr serve never lets the browser keep: the next look must see the next build.
    static func bytes(_ data: Data, status: HTTPResponse.Status, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
