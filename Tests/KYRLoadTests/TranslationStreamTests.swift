import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRLoad

/// Translation files read straight from events must give the tree's model exactly, and every
/// file the tree would report a problem in must be left to the tree.
@Suite struct TranslationStreamTests {
    static let spanish = (try? LanguageTag.parse("es").get()) ?? .english

    /// The translation files of the bundled content and of the fixture projects.
    static let files: [String] = {
        let roots = [
            Fixtures.packageRoot.appendingPathComponent("Content"),
            Fixtures.project("minimal").appendingPathComponent("Content"),
            Fixtures.project("site-multilingual").appendingPathComponent("Content"),
        ]
        return roots.flatMap { root in
            (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
                .filter { !$0.hasPrefix("history") && $0.hasSuffix(".yaml") && !$0.hasSuffix("/en.yaml") }
                .filter { $0.hasPrefix("guides/") || $0.hasPrefix("agencies/") || $0.hasPrefix("strings/") }
                .map { root.appendingPathComponent($0).path }
        }.sorted()
    }()

    /// The file decoded through the node tree, and what that reported.
    func viaTree(_ bytes: [UInt8]) -> (file: TranslationFile?, diagnostics: [Diagnostic]) {
        let parsed = YAMLParser(file: "f.yaml").parse(bytes)
        guard let root = parsed.root, let text = parsed.text, parsed.diagnostics.isEmpty else {
            return (nil, parsed.diagnostics)
        }
        let context = DecodeContext(file: "f.yaml", text: text)
        let file = TranslationDecoder.decode(root, kind: .guide, id: "at-home", language: Self.spanish, context)
        return (file, context.diagnostics)
    }

    func viaEvents(_ bytes: [UInt8]) -> TranslationFile? {
        TranslationStream.decode(bytes, file: "f.yaml", kind: .guide, id: "at-home", language: Self.spanish)?.file
    }

    func expectSame(_ actual: TranslationFile, _ expected: TranslationFile) {
        #expect(actual.kind == expected.kind && actual.documentID == expected.documentID)
        #expect(actual.language == expected.language && actual.file == expected.file)
        #expect(actual.state == expected.state)
        #expect(actual.units == expected.units)
        #expect(actual.unitsLocation == expected.unitsLocation)
        #expect(actual.stamps == expected.stamps)
    }

    @Test func findsTheFixtures() {
        #expect(Self.files.count >= 20)
    }

    @Test(arguments: files)
    func givesTheTreesModel(_ path: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let tree = viaTree(bytes)
        let events = viaEvents(bytes)
        guard tree.diagnostics.isEmpty, let expected = tree.file else {
            #expect(events == nil)
            return
        }
        // A unit written as a mapping is left to the tree, which reads it the same.
        if let events { expectSame(events, expected) }
    }

    @Test func readsFingerprintsAndSkipsEmptyUnits() throws {
        let text = """
            state: translated
            units:
              a: Hola
              b:
              'c.d': "**Sí**, llame al {hotline}"
            translated-from:
              a: 0123456789abcdef fedcba9876543210
              c.d: 0123456789abcdef

            """
        let expected = try #require(viaTree(Array(text.utf8)).file)
        let actual = try #require(viaEvents(Array(text.utf8)))
        expectSame(actual, expected)
        #expect(actual.units.map(\.key.value) == ["a", "c.d"])
        #expect(actual.stampedTranslation(of: "a") == "fedcba9876543210")
        #expect(actual.stampedTranslation(of: "c.d") == nil)
        // Kept as numbers, given back as written, with where they were written.
        #expect(
            actual.fingerprint(of: "a")
                == Located("0123456789abcdef", at: SourceLocation(file: "f.yaml", line: 7, column: 6)))
        #expect(actual.fingerprint(of: "c.d")?.value == "0123456789abcdef")
        #expect(actual.fingerprint(of: "b") == nil)
    }

    @Test(arguments: [
        "state: draft\nunits:\n  a: x\n  a: y\n",
        "state: draft\nunits: &u\n  a: x\n",
        "state: draft\nunits:\n  a: !!str x\n",
        "state: draft\nunits:\n  a: x\n---\nstate: draft\n",
        "state: draft\nunits:\n  a: [x\n",
        "state: draft\nunits:\n  a: {text: x}\n",
        "state: drafty\nunits:\n  a: x\n",
        "state: draft\nunits:\n  a: 'x **y'\n",
        "state: draft\nunits:\n  A: x\n",
        "state: draft\nunits:\n  a: x\ntranslated-from:\n  a: 0123\n",
        "state: draft\nunits:\n  a: x\ntranslated-from: ''\n",
        "state: draft\nunits:\n  a: x\nextra: 1\n",
        "state: draft\nstate: draft\nunits:\n  a: x\n",
        "units:\n  a: x\n",
        "\u{FEFF}state: draft\nunits:\n  a: x\n",
    ])
    func leavesToTheTree(_ text: String) {
        #expect(viaEvents(Array(text.utf8)) == nil)
    }
}
