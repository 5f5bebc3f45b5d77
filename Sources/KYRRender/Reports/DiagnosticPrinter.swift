import KYRModel

/// Formats diagnostics for people (compiler style, with the source line and a caret)
/// and for tools (JSON).
package struct DiagnosticPrinter: Sendable {
    package var sources: SourceText
    /// Plain unless the command line writes to a terminal that wants colours.
    package var style: TerminalStyle

    package init(sources: SourceText, style: TerminalStyle = .plain) {
        self.sources = sources
        self.style = style
    }

    /// `path:line:col: severity: message [code]`, then the source line and a caret under the column.
    package func text(_ diagnostic: Diagnostic) -> String {
        text(
            diagnostic,
            line: diagnostic.location.line > 0
                ? sources.line(diagnostic.location.line, of: diagnostic.location.file) : nil)
    }

    private func text(_ diagnostic: Diagnostic, line: Substring?) -> String {
        let loc = diagnostic.location
        var out =
            style.bold(TerminalText.escaped(loc.description) + ":") + " \(style.severity(diagnostic.severity)): "
            + TerminalText.escaped(diagnostic.message) + " " + style.dim("[\(diagnostic.code.rawValue)]") + "\n"
        if loc.line > 0, let line { out += quote(line, column: loc.column) }
        for note in diagnostic.notes {
            out += "  \(Self.printable(Self.window(Substring(note), column: 1).line))\n"
        }
        return out
    }

    /// A template that does not parse, as a diagnostic is shown: `path:line:col: error: message`,
    /// then the template's line and a caret when the error quotes one (not the empty end of a
    /// file, where an unclosed section is found).
    package func text(_ error: RenderError) -> String {
        var out =
            style.bold(TerminalText.escaped("\(error.file):\(error.line):\(error.column)") + ":")
            + " \(style.severity(.error)): " + TerminalText.escaped(error.message) + "\n"
        if let line = error.sourceLine, !line.isEmpty { out += quote(Substring(line), column: error.column) }
        return out
    }

    /// The source line under a message, and a caret under `column`.
    private func quote(_ line: Substring, column: Int) -> String {
        let (shown, column) = Self.window(line, column: column)
        return "  \(Self.printable(shown))\n" + "  \(Self.caretPadding(shown, column: column))\(style.caret("^"))\n"
    }

    /// The most of a quoted line shown under a diagnostic, in scalars: a minified or hostile
    /// line of a megabyte would otherwise be printed again for every finding on it.
    static let lineWindow = 160

    /// At most `lineWindow` scalars of `line` around `column`, with `…` where it was cut, and
    /// the column of the same character in what is shown.
    static func window(_ line: Substring, column: Int) -> (line: Substring, column: Int) {
        let scalars = line.unicodeScalars
        guard scalars.count > lineWindow else { return (line, column) }
        let start = max(0, min(column - 1 - lineWindow / 3, scalars.count - lineWindow))
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: lineWindow)
        let head = start > 0 ? "…" : ""
        let tail = to < scalars.endIndex ? "…" : ""
        let shown = head + String(String.UnicodeScalarView(scalars[from..<to])) + tail
        return (Substring(shown), column - start + head.unicodeScalars.count)
    }

    /// All diagnostics in text form followed by a one-line summary.
    package func text(_ diagnostics: [Diagnostic], filesChecked: Int) -> String {
        // Thousands of diagnostics (a large project's warnings) are formatted on all cores, in
        // slices that end where a file ends, so each slice splits a quoted file only once.
        let slices = Self.slices(of: diagnostics, count: diagnostics.count < 256 ? 1 : 8)
        let texts = Parallel.map(slices) { range in text(diagnostics[range]) }
        return texts.joined() + Self.summary(diagnostics, filesChecked: filesChecked, style: style) + "\n"
    }

    /// Diagnostics sorted by file, formatted in order.
    private func text(_ diagnostics: ArraySlice<Diagnostic>) -> String {
        var cache = (file: "", lines: [Substring]())
        var out = ""
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            if file != cache.file, diagnostic.location.line > 0 {
                cache = (file, sources.text(of: file).map(SourceLines.split) ?? [])
            }
            let line = diagnostic.location.line
            out += text(
                diagnostic,
                line: file == cache.file && line >= 1 && line <= cache.lines.count ? cache.lines[line - 1] : nil)
        }
        return out
    }

    /// About `count` consecutive ranges covering `diagnostics`, each ending at a change of file.
    static func slices(of diagnostics: [Diagnostic], count: Int) -> [Range<Int>] {
        var slices: [Range<Int>] = []
        let size = max(1, diagnostics.count / max(1, count))
        var start = 0
        while start < diagnostics.count {
            var end = min(diagnostics.count, start + size)
            while end < diagnostics.count, diagnostics[end].location.file == diagnostics[end - 1].location.file {
                end += 1
            }
            slices.append(start..<end)
            start = end
        }
        return slices
    }

    /// "checked 12 files: 2 errors, 1 warning" or "checked 12 files: no problems".
    package static func summary(_ diagnostics: [Diagnostic], filesChecked: Int, style: TerminalStyle = .plain) -> String
    {
        let errors = diagnostics.count(of: .error)
        let warnings = diagnostics.count(of: .warning)
        let notes = diagnostics.count(of: .note)
        let files = "checked \(filesChecked) \(filesChecked == 1 ? "file" : "files")"
        let n = notes == 0 ? "" : ", \(notes) \(notes == 1 ? "note" : "notes")"
        if errors == 0 && warnings == 0 { return "\(files): no problems" + n }
        let e = style.count("\(errors) \(errors == 1 ? "error" : "errors")", .error, errors)
        let w = style.count("\(warnings) \(warnings == 1 ? "warning" : "warnings")", .warning, warnings)
        return "\(files): \(e), \(w)" + n
    }

    /// A JSON array of objects with `file`, `line`, `column`, `severity`, `code`, `message`.
    package func json(_ diagnostics: [Diagnostic]) -> String {
        if diagnostics.isEmpty { return "[]\n" }
        let objects = diagnostics.map { d in
            "  {\"file\": \(JSONString.quote(d.location.file)), \"line\": \(d.location.line), "
                + "\"column\": \(d.location.column), \"severity\": \(JSONString.quote(d.severity.rawValue)), "
                + "\"code\": \(JSONString.quote(d.code.rawValue)), \"message\": \(JSONString.quote(d.message))"
                // Notes (an outdated unit's was / now / diff) only when there are any.
                + (d.notes.isEmpty
                    ? "" : ", \"notes\": [" + d.notes.map(JSONString.quote).joined(separator: ", ") + "]") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// Control characters in a quoted line would act on the terminal (or, for bidirectional
    /// controls, reorder what it shows); show each as U+FFFD, one cell, so the caret stays aligned.
    static func printable(_ line: Substring) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.map { TerminalText.isControl($0) ? "\u{FFFD}" : $0 }))
    }

    /// Spaces that bring a caret under `column`, keeping tabs and counting wide (CJK) characters as two cells.
    static func caretPadding(_ line: Substring, column: Int) -> String {
        var pad = ""
        for (i, scalar) in line.unicodeScalars.enumerated() where i < column - 1 {
            if scalar == "\t" {
                pad += "\t"
            } else if scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.generalCategory == .enclosingMark
            {
                continue
            } else {
                pad += TerminalWidth.isWide(scalar) ? "  " : " "
            }
        }
        return pad
    }
}
