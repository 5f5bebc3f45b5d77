import Foundation
import KYRTestSupport
import Testing

@testable import KYRExchange

/// Hostile XML is refused before anything in it is used, with a message that says why
/// (Tests/Fixtures/exchange/bad; the end-to-end tests show the content is untouched too).
@Suite struct SafeXMLReaderTests {
    static let bad = Fixtures.fixtures.appendingPathComponent("exchange/bad")

    static func read(_ name: String) throws(RefusedFile) -> XMLElement {
        let bytes = (try? [UInt8](Data(contentsOf: bad.appendingPathComponent(name)))) ?? []
        return try XLIFFReader.read(bytes, file: name)
    }

    static func refusal(_ name: String) -> String {
        do {
            _ = try read(name)
            return "accepted"
        } catch {
            return error.description
        }
    }

    @Test(arguments: ["xxe-local-file.xlf", "xxe-parameter-entity.xlf", "billion-laughs.xlf", "external-dtd.xlf"])
    func aDocumentTypeDeclarationIsRefused(_ name: String) {
        let message = Self.refusal(name)
        #expect(message.hasPrefix("\(name):3: the document has a DOCTYPE"), "\(message)")
        #expect(message.contains("XXE") && message.contains("billion laughs"))
    }

    /// The declaration stops the parser where it starts: the entities are never expanded.
    @Test func billionLaughsCostsNothing() {
        let clock = ContinuousClock()
        let start = clock.now
        _ = Self.refusal("billion-laughs.xlf")
        #expect(clock.now - start < .seconds(1))
    }

    @Test func anUndeclaredEntityIsNotWellFormed() {
        #expect(
            Self.refusal("undeclared-entity.xlf")
                == "undeclared-entity.xlf:13:33: not well-formed XML: Entity 'xxe' not defined")
    }

    @Test func deepNestingIsRefused() {
        #expect(
            Self.refusal("deep-nesting.xlf")
                == "deep-nesting.xlf:13: elements nested more than 64 levels deep; kyr refuses that")
        #expect(Self.refusal("very-deep-nesting.xlf").contains("elements nested too deeply"))
    }

    @Test func anOversizedDocumentIsRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: " "), count: SafeXMLReader.maxBytes + 1)
        #expect(throws: RefusedFile.self) { try SafeXMLReader.read(bytes, file: "big.xlf") }
        do {
            _ = try SafeXMLReader.read(bytes, file: "big.xlf")
        } catch {
            #expect(error.message.contains("at most \(SafeXMLReader.maxBytes) bytes (16 MiB)"))
        }
    }

    /// The process-wide loader answers nothing but the core schema's import of xml.xsd.
    @Test func theEntityLoaderServesOnlyTheXMLSchema() {
        #expect(XMLEntityGuard.isXMLSchema("informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"))
        #expect(XMLEntityGuard.isXMLSchema("http://www.w3.org/2001/xml.xsd"))
        #expect(!XMLEntityGuard.isXMLSchema("file:///etc/passwd"))
        #expect(!XMLEntityGuard.isXMLSchema("/etc/xml.xsd"))
    }

    @Test func cdataAndTextReadAsText() throws {
        let document = """
            <?xml version="1.0"?>
            <a xmlns="urn:x"><b>one <![CDATA[<two> & ]]>three</b></a>
            """
        let root = try SafeXMLReader.read(Array(document.utf8), file: "t.xml")
        #expect(root.element("b", in: "urn:x")?.text == "one <two> & three")
    }

    /// The copy kyr embeds is the committee's schema, byte for byte (checked where the shared
    /// copy is at hand).
    @Test func theEmbeddedSchemaIsTheOfficialOne() throws {
        let shared = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/xliff/schemas")
        guard let official = try? [UInt8](Data(contentsOf: shared.appendingPathComponent("xliff_core_2.0.xsd"))) else {
            return
        }
        #expect(official == PackageResources.xliff_core_2_0_xsd)
        let xml = try [UInt8](
            Data(contentsOf: shared.appendingPathComponent("informativeCopiesOf3rdPartySchemas/w3c/xml.xsd")))
        #expect(xml == PackageResources.xml_xsd)
    }
}
