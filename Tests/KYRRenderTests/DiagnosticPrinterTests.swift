import KYRModel
import KYRTestSupport
import Testing

@testable import KYRRender

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
        #expect(
            printer("x", "").json([d]) == """
                [
                  {"file": "a.yaml", "line": 1, "column": 2, "severity": "error", "code": "markup", "message": "bad \\"x\\"\\n\\\\"}
                ]

                """)
        #expect(printer("x", "").json([]) == "[]\n")
    }

    /// Many diagnostics are formatted in slices on all cores; the text is the same as one by one.
    @Test func manyDiagnosticsPrintAsOneByOne() {
        var sources = SourceText()
        var diagnostics: [Diagnostic] = []
        for f in 0..<50 {
            let file = "Content/guides/g\(f)/es.yaml"
            sources.add(
                file: file, contents: (1...30).map { "  unit-\($0): texto número \($0) «\(f)»" }.joined(separator: "\n")
            )
            for line in stride(from: 1, through: 30, by: 1 + f % 3) {
                diagnostics.append(
                    Diagnostic(
                        .factMismatch, "m\(line)", at: SourceLocation(file: file, line: line, column: 3 + line % 5),
                        notes: line % 7 == 0 ? ["was:  a", "now:  b"] : []))
            }
            diagnostics.append(Diagnostic(.missingUnit, "whole file", at: .file(file)))
        }
        diagnostics.sort()
        #expect(diagnostics.count >= 256)
        let printer = DiagnosticPrinter(sources: sources)
        let expected =
            diagnostics.map(printer.text).joined() + DiagnosticPrinter.summary(diagnostics, filesChecked: 50) + "\n"
        #expect(printer.text(diagnostics, filesChecked: 50) == expected)
        let slices = DiagnosticPrinter.slices(of: diagnostics, count: 8)
        #expect(slices.first?.lowerBound == 0 && slices.last?.upperBound == diagnostics.count)
        for (a, b) in zip(slices, slices.dropFirst()) {
            #expect(a.upperBound == b.lowerBound)
            #expect(diagnostics[a.upperBound - 1].location.file != diagnostics[b.lowerBound].location.file)
        }
    }

    @Test func aLongLineIsShownAsAWindowAroundTheCaret() {
        let line = String(repeating: "a", count: 5_000) + "X" + String(repeating: "b", count: 5_000)
        let text = printer("f.yaml", line).text(
            Diagnostic(.markup, "here", at: SourceLocation(file: "f.yaml", line: 1, column: 5_001)))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].hasPrefix("  …a") && lines[1].hasSuffix("b…"))
        #expect(lines[1].unicodeScalars.count == 2 + DiagnosticPrinter.lineWindow + 2)
        let caret = lines[2].count - 1
        #expect(lines[1].dropFirst(caret).first == "X", "the caret is under the column")
    }

    @Test func controlsFromContentNeverReachTheTerminal() {
        let message = "unknown key 'a\u{1B}[31mred' in a guide"
        let text = printer("dir\u{1B}]0;x\u{07}/f.yaml", "a\u{1B}[31mred: x\u{202E}7693").text(
            Diagnostic(.unknownKey, message, at: SourceLocation(file: "dir\u{1B}]0;x\u{07}/f.yaml", line: 1, column: 1))
        )
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("unknown key 'a\\u{1B}[31mred' in a guide"))
        #expect(text.contains("dir\\u{1B}]0;x\\u{7}/f.yaml:1:1"))
        #expect(text.contains("\u{FFFD}7693"), "a right-to-left override in a quoted line is shown, not obeyed")
    }
}
