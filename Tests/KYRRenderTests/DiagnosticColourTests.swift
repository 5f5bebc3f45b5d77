import KYRModel
import KYRTestSupport
import Testing

@testable import KYRRender

/// Colours are for terminals only: the plain style is byte for byte what kyr printed before
/// colours existed, and the ANSI style only adds escape sequences around the same text.
@Suite struct DiagnosticColourTests {
    static let escape = "\u{1B}["

    func printers() -> (plain: DiagnosticPrinter, ansi: DiagnosticPrinter) {
        var sources = SourceText()
        sources.add(file: "a.yaml", contents: "title: x\n  titel: y\n")
        return (DiagnosticPrinter(sources: sources), DiagnosticPrinter(sources: sources, style: .ansi))
    }

    @Test func ansiMarksTheLocationTheSeverityTheCodeAndTheCaret() {
        let (plain, ansi) = printers()
        let d = Diagnostic(.unknownKey, "unknown key 'titel'", at: SourceLocation(file: "a.yaml", line: 2, column: 3))
        #expect(plain.text(d) == "a.yaml:2:3: error: unknown key 'titel' [unknown-key]\n    titel: y\n    ^\n")
        let e = Self.escape
        #expect(
            ansi.text(d)
                == "\(e)1ma.yaml:2:3:\(e)0m \(e)1;31merror\(e)0m: unknown key 'titel' \(e)2m[unknown-key]\(e)0m\n"
                + "    titel: y\n    \(e)1;32m^\(e)0m\n")
        let warning = Diagnostic(.reviewOverdue, "late", at: SourceLocation(file: "a.yaml", line: 1, column: 1))
        #expect(ansi.text(warning).contains("\(e)1;35mwarning\(e)0m: late"))
    }

    @Test func removingTheEscapesGivesThePlainText() {
        let (plain, ansi) = printers()
        let diagnostics = [
            Diagnostic(.unknownKey, "unknown key 'titel'", at: SourceLocation(file: "a.yaml", line: 2, column: 3)),
            Diagnostic(.reviewOverdue, "late", at: SourceLocation(file: "a.yaml", line: 1, column: 1)),
        ]
        let coloured = ansi.text(diagnostics, filesChecked: 1)
        var stripped = ""
        var rest = coloured[...]
        while let start = rest.range(of: Self.escape) {
            stripped += rest[..<start.lowerBound]
            rest = rest[start.upperBound...].drop { $0 != "m" }.dropFirst()
        }
        stripped += rest
        #expect(stripped == plain.text(diagnostics, filesChecked: 1))
        #expect(!plain.text(diagnostics, filesChecked: 1).contains(Self.escape))
    }
}
