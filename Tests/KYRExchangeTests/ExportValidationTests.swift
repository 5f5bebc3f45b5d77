import Foundation
import KYRDriver
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRExchange

/// Every XLIFF export of the bundled content is valid XLIFF 2.0: against the core schema, with
/// libxml2's schema API (xmlSchemaValidateDoc), and against the processing requirements; and
/// reading it back gives every unit's English and translation as they are in the content.
@Suite(.serialized) struct ExportValidationTests {
    static let project = Fixtures.packageRoot.path
    static let languages = ["es", "pl", "zh-Hans", "ar", "tl", "ko", "uk", "hi"]

    static func export(_ language: String, only: Set<ExchangeUnit.Status> = Set(ExchangeUnit.Status.allCases))
        throws -> String
    {
        try Exporting.export(
            ProjectLayout(root: project),
            Exporting.Request(
                language: try LanguageTag.parse(language).get(), format: .xliff, only: only, today: Checking.today)
        ).text
    }

    @Test(arguments: languages)
    func everyExportIsValidXLIFF(_ language: String) throws {
        let text = try Self.export(language)
        let root = try SafeXMLReader.read(Array(text.utf8), file: "\(language).xlf", schema: .core)
        #expect(XLIFFConformance().problems(in: root) == [])
        let imported = try XLIFFImporter.read(Array(text.utf8), file: "\(language).xlf")
        #expect(imported.refused == [])
        let content = try Checking.content(Self.project)
        let tag = try LanguageTag.parse(language).get()
        var count = 0
        for unit in imported.units {
            let source = try #require(
                content.sourceDocuments.first { $0.ref == unit.document }?.translatableUnits.first {
                    $0.key == unit.key
                })
            #expect(MarkedText.sameText(unit.source, source.text.raw))
            let translation = content.translations.first { $0.ref == unit.document.translation(tag) }
            let existing = translation?.units.first { $0.key.value == unit.key }
            #expect(unit.target.map { MarkedText.sameText($0, existing!.text.raw) } ?? (existing == nil))
            #expect(
                unit.exportedTarget == existing.map { ExchangeUnit.fingerprint($0.text.raw) } ?? ExchangeUnit.noTarget)
            count += 1
        }
        #expect(count == content.sourceDocuments.reduce(0) { $0 + $1.translatableUnits.count })
    }

    /// An outdated translation that lacks a code its new English has (a link added since) still
    /// gives a valid file: the code stays deletable there.
    @Test func anOutdatedTargetWithoutANewCodeIsStillValid() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(
                of: "text: I will remain silent.", with: "text: \"I will remain silent. [Help]({hotline}).\""))
        let text = try Exporting.export(
            ProjectLayout(root: project.path),
            Exporting.Request(
                language: try LanguageTag.parse("es").get(), format: .xliff, only: [.outdated], today: Checking.today)
        ).text
        let root = try XLIFFReader.read(Array(text.utf8), file: "es.xlf")
        let unit = try #require(root.elements.first?.elements("unit", in: XLIFFNamespace.core).first)
        #expect(unit["id"] == "card.silent")
        #expect(text.contains("<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\" type=\"link\" canCopy=\"no\">"))
        #expect(text.contains("state=\"initial\" subState=\"kyr:outdated\""))
    }
}

/// The minimal project's Spanish as XLIFF and PO, with a unit of every status (current draft
/// and reviewed, outdated with its previous English, missing), kept as golden files.
@Suite struct ExportGoldenTests {
    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(of: "I will remain silent.", with: "I will stay silent."))
        let spanish = try project.read("Content/guides/at-home/es.yaml")
        try project.write(
            "Content/guides/at-home/es.yaml",
            spanish.replacingOccurrences(of: "  door.title: Mantenga la puerta cerrada\n", with: ""))
        return project
    }

    static func export(_ format: ExchangeFormat) throws -> String {
        let project = try project()
        return try Exporting.export(
            ProjectLayout(root: project.path),
            Exporting.Request(language: try LanguageTag.parse("es").get(), format: format, today: Checking.today)
        ).text
    }

    @Test func xliff() throws {
        try Golden.check(try Self.export(.xliff), matches: "exchange/minimal-es.xlf")
    }

    @Test func po() throws {
        try Golden.check(try Self.export(.po), matches: "exchange/minimal-es.po")
    }
}
