import KYRModel
import KYRTestSupport
import Testing

@Suite struct UnitCursorTests {
    func file(_ keys: [String]) -> TranslationFile {
        let here = SourceLocation(file: "t.yaml", line: 1, column: 1)
        let units = keys.map {
            TranslationFile.Unit(
                key: Located($0, at: here), text: InlineText(raw: $0, location: here, nodes: [.text($0)]), state: nil)
        }
        return TranslationFile(
            kind: .guide, documentID: "g", language: try! LanguageTag.parse("es").get(), file: "t.yaml", state: .draft,
            units: units)
    }

    /// Whatever order the source asks in, every key is found at its place, and absent keys are not.
    @Test func findsKeysInAnyOrder() {
        let keys = ["a", "b", "c", "d", "e"]
        for order in [keys, keys.reversed(), ["c", "a", "x", "d", "e", "b"], ["a", "b", "x", "c", "e", "d"]] {
            var cursor = UnitCursor(file(keys))
            for key in order {
                #expect(cursor.position(of: key) == keys.firstIndex(of: key), "\(order)")
            }
        }
        var none = UnitCursor(nil)
        #expect(none.position(of: "a") == nil)
    }
}
