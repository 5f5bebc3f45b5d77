import Foundation

/// What makes an open page reload when `kyr serve` has rebuilt the site: a small same-origin
/// script listening to Server-Sent Events. It is added to the HTML responses of `kyr serve`
/// only, never to a file on disk, so published sites keep loading no script at all; the
/// page's Content-Security-Policy, in those responses only, allows that one script and its
/// event stream from the same origin, and nothing else.
package enum LiveReload {
    /// Where the script is served.
    package static let scriptPath = "/_kyr/reload.js"
    /// The event stream: the site's generation on connecting, then each new one.
    package static let eventsPath = "/_kyr/events"

    /// Reloads the page when the generation it was served at is no longer the site's. The page
    /// says its generation, so a rebuild between loading the page and connecting is not missed;
    /// after kyr serve restarts, the reconnected stream brings a new generation and the page
    /// reloads too.
    package static let script = """
        // kyr serve: reloads this page when the site is rebuilt. kyr serve adds this script
        // to the pages it serves; built sites never carry it.
        (function () {
          "use strict";
          var script = document.currentScript;
          var served = script ? script.getAttribute("data-generation") : null;
          var events = new EventSource("\(eventsPath)");
          events.onmessage = function (event) {
            if (served === null) { served = event.data; return; }
            if (event.data !== served) { events.close(); window.location.reload(); }
          };
        })();

        """

    /// The tag that loads the script, saying the generation the page was served at.
    static func tag(generation: String) -> String {
        "<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>"
    }

    /// `html` with the reload script before its last `</body>` (or at its end), and its
    /// Content-Security-Policy, if it has one in a `<meta>`, allowing the script and its stream.
    package static func inject(into html: String, generation: String) -> String {
        var page = allowingReload(in: html)
        let tag = tag(generation: generation) + "\n"
        if let body = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            page.insert(contentsOf: tag, at: body.lowerBound)
        } else {
            page += tag
        }
        return page
    }

    /// `html` whose Content-Security-Policy `<meta>` elements allow scripts and connections to
    /// the same origin; other directives stay as the template wrote them.
    static func allowingReload(in html: String) -> String {
        var out = ""
        var rest = html[...]
        while let start = rest.range(of: "<meta", options: .caseInsensitive),
            let end = rest[start.upperBound...].firstIndex(of: ">")
        {
            out += rest[..<start.lowerBound]
            let element = rest[start.lowerBound...end]
            out += isPolicy(element) ? rewritten(element) : String(element)
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    private static func isPolicy(_ element: Substring) -> Bool {
        let lower = element.lowercased().replacingOccurrences(of: "'", with: "\"")
        return lower.contains("http-equiv=\"content-security-policy\"")
    }

    /// The element with the policy in its `content` attribute (quoted either way) rewritten.
    private static func rewritten(_ element: Substring) -> String {
        guard let attribute = element.range(of: "content=", options: .caseInsensitive),
            attribute.upperBound < element.endIndex
        else { return String(element) }
        let quote = element[attribute.upperBound]
        guard quote == "\"" || quote == "'" else { return String(element) }
        let valueStart = element.index(after: attribute.upperBound)
        guard let valueEnd = element[valueStart...].firstIndex(of: quote) else { return String(element) }
        var policy = allowingReload(policy: String(element[valueStart..<valueEnd]))
        // Inside a single-quoted attribute, the policy's own quotes must be escaped.
        if quote == "'" { policy = policy.replacingOccurrences(of: "'", with: "&#39;") }
        return String(element[..<valueStart]) + policy + String(element[valueEnd...])
    }

    /// `policy` with `script-src` and `connect-src` set to the same origin.
    static func allowingReload(policy: String) -> String {
        let replaced: Set<String> = ["script-src", "script-src-elem", "connect-src"]
        let kept = policy.replacingOccurrences(of: "&#39;", with: "'").split(separator: ";").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { directive in
            !directive.isEmpty && !replaced.contains(directive.split(separator: " ").first.map(String.init) ?? "")
        }
        return (kept + ["script-src 'self'", "connect-src 'self'"]).joined(separator: "; ")
    }
}
