import KYRModel

/// A page for translators: for each language, where it stands and every missing or outdated
/// unit with its source text, key and place. No scripts, no external requests.
extension CoverageReport {
    /// A complete HTML document.
    public func html(title: String = "Translation status") -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(sourceLanguage)" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(escape(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <main>
            <h1>\(escape(title))</h1>

            """
        out += htmlBody()
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// The page's content without the document wrapper, for embedding in a site page.
    public func htmlBody() -> String {
        var out = "<div class=\"coverage\">\n<nav aria-label=\"Translation status by language\"><ul>\n"
        for entry in languages {
            out += "<li><a href=\"#lang-\(entry.language)\"><span lang=\"\(entry.language)\" dir=\"auto\">\(escape(entry.language.nativeName))</span> (\(entry.language)): \(Self.percent(entry.total.percentComplete))%</a></li>\n"
        }
        out += "</ul></nav>\n"
        for entry in languages {
            out += "<section id=\"lang-\(entry.language)\" aria-labelledby=\"h-\(entry.language)\">\n"
            out += "<h2 id=\"h-\(entry.language)\"><span lang=\"\(entry.language)\" dir=\"auto\">\(escape(entry.language.nativeName))</span> (\(entry.language))</h2>\n"
            out += "<p>Publish: \(entry.policy.mode.rawValue), minimum state \(entry.policy.minimumState.rawValue). "
            out += "\(entry.total.outdated) outdated, \(entry.total.missing) missing, \(Self.percent(entry.total.percentComplete))% complete.</p>\n"
            out += table(entry)
            out += work(entry)
            out += "</section>\n"
        }
        return out + "</div>\n"
    }

    private func table(_ entry: Language) -> String {
        let headers = ["Document", "Units", "Words", "Draft", "Translated", "Reviewed", "Outdated", "Missing", "Orphan", "Errors", "Warnings", "Complete"]
        var out = "<table>\n<caption>Coverage of \(entry.language) by document</caption>\n<thead><tr>"
        out += headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in entry.documents + [entry.total] {
            let cells = numbers(row).dropLast().map { "<td>\($0)</td>" }.joined()
            out += "<tr><th scope=\"row\">\(escape(row.document))</th>\(cells)<td>\(Self.percent(row.percentComplete))%</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func work(_ entry: Language) -> String {
        guard !entry.work.isEmpty else { return "<p>Nothing to translate: every unit is current.</p>\n" }
        var out = "<h3>To translate (\(entry.work.count))</h3>\n<ol class=\"work\">\n"
        for item in entry.work {
            out += "<li><p><code>\(escape(item.document)):\(escape(item.key))</code> <strong>\(item.reason.rawValue)</strong>"
            out += " <small>\(escape(ContentPath.relative(item.location.file))):\(item.location.line)</small></p>\n"
            if let previous = item.previousSource {
                out += "<p lang=\"\(sourceLanguage)\">" + WordDiff.pieces(from: Fingerprint.normalized(previous), to: Fingerprint.normalized(item.source)).map { piece in
                    switch piece {
                    case .same(let text): escape(text)
                    case .removed(let text): "<del>\(escape(text))</del>"
                    case .added(let text): "<ins>\(escape(text))</ins>"
                    }
                }.joined(separator: " ") + "</p>\n"
            } else {
                out += "<p lang=\"\(sourceLanguage)\">\(escape(Fingerprint.normalized(item.source)))</p>\n"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }

    private func escape(_ text: String) -> String {
        HTML.escape(text)
    }

    static let css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;margin:0;color:#1a1a1a;background:#fff}\
        main{max-inline-size:60rem;margin-inline:auto;padding:1rem}\
        table{border-collapse:collapse;inline-size:100%;font-variant-numeric:tabular-nums;display:block;overflow-x:auto}\
        th,td{padding:.25rem .5rem;border-block-end:1px solid #ccc;text-align:end}\
        th[scope=row],thead th:first-child{text-align:start}\
        del{background:#fdd;color:#600}ins{background:#dfd;color:#040;text-decoration:none}\
        .work li{margin-block-end:1rem}code{font-size:.9em}a:focus{outline:3px solid #1a5fb4}
        """
}
