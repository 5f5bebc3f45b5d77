import KYRRender

/// The page `kyr serve` shows instead of every page while the last build failed: what the
/// terminal shows, so the author sees it where they look, and the reload script, so the
/// fixed page comes back by itself.
package enum ErrorPage {
    /// The page for a build that failed with `report` (diagnostics as `kyr check` prints them).
    package static func html(title: String, report: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en" dir="ltr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>kyr serve: \(HTML.escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 60rem; }
        h1 { color: #a00; font-size: 1.4rem; }
        pre { background: #f6f6f6; padding: 1rem; overflow-x: auto; white-space: pre-wrap; }
        </style>
        </head>
        <body>
        <h1>\(HTML.escape(title))</h1>
        <p>kyr serve kept the site as it was. Fix the problem and save: this page reloads by itself.</p>
        <pre>\(HTML.escape(report))</pre>
        </body>
        </html>

        """
    }
}
