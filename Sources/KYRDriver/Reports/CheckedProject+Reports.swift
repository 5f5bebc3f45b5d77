import KYRCheck
import KYRModel
import KYRRender

/// What `kyr check` and `kyr coverage` print, from the reports of the render stage.
extension CheckedProject {
    /// Diagnostics formats `kyr check` prints.
    package enum DiagnosticsFormat: String, Sendable, CaseIterable {
        case text, json
    }

    /// Coverage formats `kyr coverage` prints.
    package enum CoverageFormat: String, Sendable, CaseIterable {
        case table, json, markdown, html, csv
    }

    /// `diagnostics` (all of this project's by default) compiler-style with a summary, or as JSON;
    /// the text in colours with `style: .ansi`, for a terminal.
    package func report(
        _ diagnostics: [Diagnostic]? = nil, as format: DiagnosticsFormat = .text, style: TerminalStyle = .plain
    ) -> String {
        let printer = DiagnosticPrinter(sources: sources, style: style)
        switch format {
        case .text: return printer.text(diagnostics ?? self.diagnostics, filesChecked: content.fileCount)
        case .json: return printer.json(diagnostics ?? self.diagnostics)
        }
    }

    /// SMS formats `kyr sms` prints.
    package enum SMSFormat: String, Sendable, CaseIterable {
        case table, json
    }

    /// Each guide's SMS in each published language (limited to `languages` when not empty), as
    /// the text output writes it.
    package func sms(languages: [LanguageTag] = []) -> SMSReport {
        SMSReport(content: content, localizer: localizer, languages: languages)
    }

    /// Where each of `languages` (every target language when empty) stands.
    package func coverage(languages: [LanguageTag] = []) -> CoverageReport {
        CoverageReport(content: content, diagnostics: diagnostics, languages: languages)
    }
}

extension CoverageReport {
    /// The report in one of `kyr coverage`'s formats; the table ends with the work list when
    /// `workList` is set (`kyr coverage --lang`).
    package func formatted(_ format: CheckedProject.CoverageFormat, workList: Bool = false) -> String {
        switch format {
        case .table: table() + (workList ? "\n" + self.workList() : "")
        case .json: json()
        case .markdown: markdown()
        case .html: html()
        case .csv: csv()
        }
    }
}

extension SMSReport {
    /// The report in one of `kyr sms`'s formats.
    package func formatted(_ format: CheckedProject.SMSFormat) -> String {
        switch format {
        case .table: table()
        case .json: json()
        }
    }
}
