import KYRModel
import Testing

@Suite struct DiagnosticPrinterTests {
    func printer(_ file: String, _ contents: String) -> DiagnosticPrinter {
        var sources = SourceText()
        sources.add(file: file, contents: contents)
        return DiagnosticPrinter(sources: sources)
    }

    @Test func printsLineAndCaret() {
        let p = printer("a.yaml", "title: x\n  titel: y\n")
        let d = Diagnostic(.unknownKey, "unknown key 'titel'", at: SourceLocation(file: "a.yaml", line: 2, column: 3))
        #expect(p.text(d) == "a.yaml:2:3: error: unknown key 'titel' [unknown-key]\n    titel: y\n    ^\n")
    }

    @Test func caretCountsWideCharactersAndKeepsTabs() {
        let p = printer("zh.yaml", "title: 中文{x}\n\tz\n")
        let d = Diagnostic(.unknownVariable, "m", at: SourceLocation(file: "zh.yaml", line: 1, column: 10))
        #expect(p.text(d).hasSuffix("  title: 中文{x}\n  " + String(repeating: " ", count: 11) + "^\n"))
        let tab = Diagnostic(.yamlSyntax, "m", at: SourceLocation(file: "zh.yaml", line: 2, column: 2))
        #expect(p.text(tab).hasSuffix("  \tz\n  \t^\n"))
    }

    @Test func wholeFileDiagnosticsHaveNoCaret() {
        let d = Diagnostic(.missingFile, "missing", at: .file("Content/site.yaml"))
        #expect(printer("x", "").text(d) == "Content/site.yaml: error: missing [missing-file]\n")
    }

    @Test func controlCharactersAreNotEchoed() {
        let p = printer("a.yaml", "a\u{1B}[31m: b\n")
        let d = Diagnostic(.yamlSyntax, "m", at: SourceLocation(file: "a.yaml", line: 1, column: 2))
        #expect(!p.text(d).contains("\u{1B}"))
    }

    @Test func summaryCounts() {
        let e = Diagnostic(.unknownKey, "m", at: .file("a"))
        let w = Diagnostic(.reviewOverdue, "m", at: .file("a"))
        #expect(DiagnosticPrinter.summary([], filesChecked: 1) == "checked 1 file: no problems")
        #expect(DiagnosticPrinter.summary([e, w, w], filesChecked: 3) == "checked 3 files: 1 error, 2 warnings")
    }

    @Test func jsonEscapesAndKeepsKeyOrder() {
        let d = Diagnostic(.markup, "bad \"x\"\n\\", at: SourceLocation(file: "a.yaml", line: 1, column: 2))
        #expect(printer("x", "").json([d]) == """
            [
              {"file": "a.yaml", "line": 1, "column": 2, "severity": "error", "code": "markup", "message": "bad \\"x\\"\\n\\\\"}
            ]

            """)
        #expect(printer("x", "").json([]) == "[]\n")
    }
}
