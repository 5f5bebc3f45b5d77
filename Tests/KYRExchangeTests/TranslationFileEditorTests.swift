import KYRModel
import Testing

@testable import KYRExchange

/// An import changes exactly the units it imports; every other byte of the file is the
/// translator's (comments, blank lines, folded paragraphs, line endings, a byte-order mark).
@Suite struct TranslationFileEditorTests {
    typealias Edit = TranslationFileEditor.Edit

    static let file = """
        # Reviewed with Ana, 2026-11-20
        state: draft
        units:
          title: Si agentes llegan a su casa  # short on purpose
          summary: >-
            No tiene que abrir la puerta.
            Llame al {hotline}.

          door.title: Mantenga la puerta cerrada
          door.ask-warrant:
            text: Por favor, pase la orden.
            state: reviewed
            allow: {identical-to-source: the agent reads English}
        # kyr: fingerprints of the source text each unit was translated from; written by kyr translate stamp
        translated-from:
          title: 0000000000000001

        """

    static let order = ["title", "summary", "message", "door.title", "door.dont-open", "door.ask-warrant", "card.call"]

    static func apply(
        _ edits: [String: Edit], to text: String = file,
        fingerprints: [(key: String, value: String)] = [("title", "0000000000000001")]
    ) throws -> String {
        try TranslationFileEditor(original: text, file: "es.yaml").apply(
            edits, order: order, fingerprints: fingerprints, fileState: .draft)
    }

    @Test func aChangedTextReplacesOnlyItsValue() throws {
        let out = try Self.apply(["title": Edit(text: "Si vienen \"agentes\"", state: nil)])
        #expect(
            out
                == Self.file.replacingOccurrences(
                    of: "title: Si agentes llegan a su casa  #", with: "title: \"Si vienen \\\"agentes\\\"\"  #"))
    }

    @Test func aFoldedParagraphIsReplacedUpToItsLastLineAndTheBlankLineStays() throws {
        let out = try Self.apply(["summary": Edit(text: "No abra. Llame al {hotline}.", state: nil)])
        #expect(
            out
                == Self.file.replacingOccurrences(
                    of: ">-\n    No tiene que abrir la puerta.\n    Llame al {hotline}.\n",
                    with: "\"No abra. Llame al {hotline}.\"\n"))
    }

    @Test func aStateOtherThanTheFilesTakesTheMappingForm() throws {
        let out = try Self.apply(["door.title": Edit(text: "Cierre la puerta", state: .translated)])
        #expect(
            out
                == Self.file.replacingOccurrences(
                    of: "  door.title: Mantenga la puerta cerrada\n",
                    with: "  door.title:\n    text: \"Cierre la puerta\"\n    state: translated\n"))
    }

    @Test func aUnitInMappingFormKeepsItsAllowance() throws {
        let out = try Self.apply(["door.ask-warrant": Edit(text: "Pase la orden, por favor.", state: .translated)])
        #expect(
            out
                == Self.file.replacingOccurrences(
                    of: "text: Por favor, pase la orden.\n    state: reviewed",
                    with: "text: \"Pase la orden, por favor.\"\n    state: translated"))
    }

    @Test func newUnitsGoAfterTheirPredecessorInReadingOrder() throws {
        let out = try Self.apply([
            "door.dont-open": Edit(text: "**No** abra.", state: nil),
            "card.call": Edit(text: "Llame al {hotline}.", state: .reviewed),
        ])
        #expect(
            out
                == Self.file.replacingOccurrences(
                    of: "  door.title: Mantenga la puerta cerrada\n",
                    with: "  door.title: Mantenga la puerta cerrada\n  door.dont-open: \"**No** abra.\"\n"
                ).replacingOccurrences(
                    of: "    allow: {identical-to-source: the agent reads English}\n",
                    with:
                        "    allow: {identical-to-source: the agent reads English}\n  card.call:\n    text: \"Llame al {hotline}.\"\n    state: reviewed\n"
                ))
    }

    @Test func fingerprintsAreReplacedInKyrsBlockOnly() throws {
        let out = try Self.apply(
            ["title": Edit(text: nil, state: nil)],
            fingerprints: [("title", "0000000000000001"), ("door.title", "00000000000000ff")])
        #expect(out == Self.file + "  door.title: 00000000000000ff\n")
    }

    @Test func lineEndingsAndAByteOrderMarkAreKept() throws {
        let windows = "\u{FEFF}" + Self.file.replacingOccurrences(of: "\n", with: "\r\n")
        let out = try Self.apply(["door.title": Edit(text: "Cierre", state: nil)], to: windows)
        #expect(
            out
                == windows.replacingOccurrences(
                    of: "door.title: Mantenga la puerta cerrada", with: "door.title: \"Cierre\""))
    }

    @Test func aNewFileIsWrittenWhole() throws {
        let out = try TranslationFileEditor(original: nil, file: "pl.yaml").apply(
            ["title": Edit(text: "Jeśli agenci", state: nil), "card.call": Edit(text: "Zadzwoń", state: .reviewed)],
            order: Self.order, fingerprints: [("title", "0000000000000001")], fileState: .translated)
        #expect(
            out == """
                state: translated
                units:
                  title: "Jeśli agenci"
                  card.call:
                    text: "Zadzwoń"
                    state: reviewed
                # kyr: fingerprints of the source text each unit was translated from; written by kyr translate stamp
                translated-from:
                  title: 0000000000000001

                """)
    }

    @Test func unitsInFlowStyleAreNotEdited() {
        #expect(throws: TranslationFileEditor.Refusal.self) {
            try Self.apply(["title": Edit(text: "x", state: nil)], to: "state: draft\nunits: {title: Hola}\n")
        }
    }
}
