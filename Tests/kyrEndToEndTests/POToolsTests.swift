import Foundation
import KYRDriver
import KYRModel
import KYRTestSupport
import Testing

/// Every PO export of the bundled content passes gettext's own check (`msgfmt -c
/// --statistics`), and translate-toolkit's `pocount` counts the same translated, fuzzy
/// (outdated) and untranslated (missing) units as `kyr coverage`. Skipped, saying so, without
/// those tools (`scripts/exchange-deps` installs them).
@Suite struct POToolsTests {
    static let languages = ["es", "pl", "zh-Hans", "ar", "tl", "ko", "uk", "hi"]

    /// The PO export of `language` from `project`, in a temporary folder.
    static func export(_ project: String, _ language: String) throws -> (folder: TemporaryProject, file: String) {
        let folder = try TemporaryProject()
        let file = folder.url.appendingPathComponent("\(language).po").path
        let run = try KyrBinary.run([
            "translate", "export", "--project", project, "--lang", language, "--format", "po", "--out", file,
            "--today", "2026-11-22",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        return (folder, file)
    }

    /// What `kyr coverage` counts for `language`: current, outdated, missing and all units.
    static func coverage(_ project: String, _ language: String) throws -> (
        current: Int, outdated: Int, missing: Int, units: Int
    ) {
        let checked = try Checking.project(project)
        let row = try #require(checked.coverage(languages: [try LanguageTag.parse(language).get()]).languages.first)
            .total
        return (row.current, row.outdated, row.missing, row.units)
    }

    @Test(
        .enabled(
            if: ExchangeTool.msgfmt != nil,
            "msgfmt is not on PATH (scripts/exchange-deps installs gettext): PO exports are not checked"),
        arguments: languages)
    func msgfmtAcceptsEveryPOExport(_ language: String) throws {
        let project = Fixtures.packageRoot.path
        let (folder, file) = try Self.export(project, language)
        _ = folder
        let run = try ExternalTool.run(ExchangeTool.msgfmt!, ["-c", "--statistics", "-o", "/dev/null", file])
        #expect(run.status == 0, "\(run.output)")
        #expect(!run.output.contains("warning"), "\(run.output)")
        let counts = try Self.coverage(project, language)
        #expect(run.output.hasSuffix("\(counts.current) translated messages.\n"), "\(run.output)")
    }

    @Test(
        .enabled(
            if: ExchangeTool.pocount != nil,
            "pocount is not on PATH (scripts/exchange-deps installs translate-toolkit): PO counts are not compared"),
        arguments: languages)
    func pocountAgreesWithCoverage(_ language: String) throws {
        try Self.compare(Fixtures.packageRoot.path, language)
    }

    /// With units outdated and missing too: pocount's fuzzy and untranslated are kyr's outdated and missing.
    @Test(.enabled(if: ExchangeTool.pocount != nil && ExchangeTool.msgfmt != nil, "pocount or msgfmt is not on PATH"))
    func countsAgreeWithOutdatedAndMissingUnits() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(of: "I will remain silent.", with: "I will stay silent."))
        let spanish = try project.read("Content/guides/at-home/es.yaml")
        try project.write(
            "Content/guides/at-home/es.yaml",
            spanish.replacingOccurrences(of: "  door.title: Mantenga la puerta cerrada\n", with: ""))
        let counts = try Self.coverage(project.path, "es")
        #expect(counts.outdated == 1 && counts.missing == 1)
        try Self.compare(project.path, "es")
        let (folder, file) = try Self.export(project.path, "es")
        _ = folder
        let run = try ExternalTool.run(ExchangeTool.msgfmt!, ["-c", "--statistics", "-o", "/dev/null", file])
        #expect(run.status == 0, "\(run.output)")
        #expect(
            run.output.hasSuffix(
                "\(counts.current) translated messages, 1 fuzzy translation, 1 untranslated message.\n"),
            "\(run.output)")
    }

    /// pocount --csv: translated, fuzzy and untranslated messages, and the total, against kyr coverage.
    static func compare(_ project: String, _ language: String) throws {
        let (folder, file) = try export(project, language)
        _ = folder
        let run = try ExternalTool.run(ExchangeTool.pocount!, ["--csv", file])
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n")
        let header = try #require(lines.first { $0.hasPrefix("Filename,") }).split(separator: ",").map(String.init)
        let values = try #require(lines.first { $0.hasPrefix(file) }).split(separator: ",").map(String.init)
        func value(_ name: String) -> Int? { header.firstIndex(of: name).flatMap { Int(values[$0]) } }
        let counts = try coverage(project, language)
        #expect(value("Translated Messages") == counts.current)
        #expect(value("Fuzzy Messages") == counts.outdated)
        #expect(value("Untranslated Messages") == counts.missing)
        #expect(value("Total Message") == counts.units)
    }
}
