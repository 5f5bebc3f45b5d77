import KYRModel
import Testing

/// Fingerprints are kept as numbers in memory and written as 16 lower-case hex digits: the two
/// forms must stand for each other exactly, or a stamp would read as outdated.
@Suite struct FingerprintTests {
    @Test(arguments: ["", "Do not open the door.", "  No  abra\n la puerta. ", "请保持沉默", "لا تفتح الباب"])
    func theWrittenFormAndTheNumberAgree(_ text: String) throws {
        let written = Fingerprint.of(text)
        #expect(Fingerprint.isValid(written))
        #expect(Fingerprint.value(parsing: written) == Fingerprint.value(of: text))
        #expect(Fingerprint.hex(Fingerprint.value(of: text)) == written)
    }

    /// A source unit takes its fingerprint once, and again whenever its text changes.
    @Test func aUnitKeepsTheFingerprintOfItsText() {
        let text = { (raw: String) in InlineText(raw: raw, location: .file("x"), nodes: [.text(raw)]) }
        var unit = TranslatableUnit(key: "title", text: text("Do not open the door."))
        #expect(unit.fingerprint == Fingerprint.value(of: "Do not open the door."))
        unit.text = text("Ask for a warrant.")
        #expect(unit.fingerprint == Fingerprint.value(of: "Ask for a warrant."))
    }

    @Test func smallNumbersKeepTheirLeadingZeros() {
        #expect(Fingerprint.hex(1) == "0000000000000001")
        #expect(Fingerprint.value(parsing: "0000000000000001") == 1)
        #expect(Fingerprint.hex(.max) == "ffffffffffffffff")
    }

    @Test(arguments: [
        "0123456789ABCDEF", "0123456789abcde", "0123456789abcdef0", "+123456789abcdef", "0123456789abcdeg",
        " 123456789abcdef", "",
    ])
    func anythingKyrDidNotWriteIsRefused(_ text: String) {
        #expect(Fingerprint.value(parsing: text) == nil)
        #expect(!Fingerprint.isValid(text))
    }

    @Test func whitespaceRunsDoNotChangeIt() {
        #expect(Fingerprint.value(of: "No abra la puerta.") == Fingerprint.value(of: "  No  abra\n\tla puerta.\n"))
        #expect(Fingerprint.value(of: "No abra la puerta.") != Fingerprint.value(of: "No abra la puerta"))
    }
}
