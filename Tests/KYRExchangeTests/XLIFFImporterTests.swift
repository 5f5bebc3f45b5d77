import Testing

@testable import KYRExchange

/// How XLIFF units come back as kyr markup, whatever a tool did to their segments and codes.
@Suite struct XLIFFImporterTests {
    static func read(_ unit: String) throws -> ImportedUnit {
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">
              <file id="guides:at-home">
                \(unit)
              </file>
            </xliff>
            """
        let file = try XLIFFImporter.read(Array(document.utf8), file: "t.xlf")
        #expect(file.refused == [])
        return try #require(file.units.first)
    }

    /// A tool split the unit into two segments and reordered the targets: joined back in order.
    @Test func aResegmentedUnitIsJoined() throws {
        let unit = try Self.read(
            """
            <unit id="summary">
              <originalData><data id="d1">{hotline}</data></originalData>
              <segment state="translated"><source>Stay calm. </source><target order="3">Llame al <ph id="1" dataRef="d1"/>.</target></segment>
              <ignorable><source> </source><target order="2"> </target></ignorable>
              <segment state="reviewed"><source>Call <ph id="1" dataRef="d1"/>.</source><target order="1">Mantenga la calma.</target></segment>
            </unit>
            """)
        #expect(unit.source == "Stay calm.  Call {hotline}.")
        #expect(unit.target == "Mantenga la calma. Llame al {hotline}.")
        #expect(unit.isFinished && unit.state == .translated)
    }

    /// A segment without a target leaves the unit without one; one still initial leaves it unconfirmed.
    @Test func partlyTranslatedOrInitialUnits() throws {
        let partly = try Self.read(
            """
            <unit id="summary">
              <segment state="translated"><source>One.</source><target>Uno.</target></segment>
              <segment><source>Two.</source></segment>
            </unit>
            """)
        #expect(partly.target == nil)
        let initial = try Self.read(
            """
            <unit id="title"><segment><source>Title</source><target>Título</target></segment></unit>
            """)
        #expect(initial.target == "Título" && !initial.isFinished && initial.state == nil)
    }

    /// sc/ec pairs (a tool's form of pc), annotations, and text that looks like markup.
    @Test func codesAnnotationsAndLiteralMarkup() throws {
        let unit = try Self.read(
            """
            <unit id="summary">
              <originalData><data id="d1">**</data><data id="d2">**</data></originalData>
              <segment state="translated" subState="kyr:draft">
                <source><pc id="1" dataRefStart="d1" dataRefEnd="d2">Do not</pc> open 5 * 3</source>
                <target><sc id="1" dataRef="d1"/><mrk id="m1" type="term">No</mrk><ec startRef="1" dataRef="d2"/> abra {x} [y]</target>
              </segment>
            </unit>
            """)
        #expect(unit.source == "**Do not** open 5 \\* 3")
        #expect(unit.target == "**No** abra \\{x\\} \\[y\\]")
        #expect(unit.state == .draft)
    }

    @Test func aCodeWithoutOriginalDataRefusesTheUnit() throws {
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">
              <file id="guides:at-home">
                <unit id="title"><segment state="translated"><source>Title</source><target><ph id="1"/>Título</target></segment></unit>
              </file>
              <file id="somewhere-else">
                <unit id="title"><segment><source>x</source></segment></unit>
              </file>
            </xliff>
            """
        let file = try XLIFFImporter.read(Array(document.utf8), file: "t.xlf")
        #expect(file.units == [])
        #expect(file.refused.map(\.name) == ["guides/at-home:title", "file 'somewhere-else'"])
        #expect(file.refused[0].reason.contains("without kyr's original data"))
    }
}
