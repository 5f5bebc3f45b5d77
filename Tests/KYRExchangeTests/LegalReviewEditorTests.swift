import KYRModel
import Testing

@testable import KYRExchange

/// Recording a review changes the date and the fingerprint and not one other byte of the
/// author's file.
@Suite struct LegalReviewEditorTests {
    let date = ContentDate("2026-12-07")!

    func apply(_ text: String, fingerprint: UInt64 = 0xABCD) throws -> String {
        try LegalReviewEditor(original: text, file: "guides/x/en.yaml").apply(date: date, fingerprint: fingerprint)
    }

    @Test func aFingerprintGoesAfterTheLastEntryIndentedAsItsKeys() throws {
        let text = """
            title: T  # the title
            legal-review:
                date: 2026-11-22   # checked by Ana
                interval-days: 180 # twice a year
            sections: []

            """
        #expect(
            try apply(text) == """
                title: T  # the title
                legal-review:
                    date: 2026-12-07   # checked by Ana
                    interval-days: 180 # twice a year
                    fingerprint: 000000000000abcd
                sections: []

                """)
    }

    @Test func anExistingFingerprintIsReplacedInPlace() throws {
        let text = "legal-review:\n  fingerprint: 0000000000000001\n  date: \"2026-11-22\"\n  interval-days: 90\nx: 1\n"
        #expect(
            try apply(text, fingerprint: 2)
                == "legal-review:\n  fingerprint: 0000000000000002\n  date: 2026-12-07\n  interval-days: 90\nx: 1\n")
    }

    @Test func aFoldedLastValueKeepsItsLinesAndCRLFStays() throws {
        let text =
            "legal-review:\r\n  date: 2026-11-22\r\n  by: >-\r\n    Volunteer attorney,\r\n    Legal Aid\r\n\r\nsections: []\r\n"
        #expect(
            try apply(text)
                == "legal-review:\r\n  date: 2026-12-07\r\n  by: >-\r\n    Volunteer attorney,\r\n    Legal Aid\r\n  fingerprint: 000000000000abcd\r\n\r\nsections: []\r\n"
        )
    }

    @Test func aByteOrderMarkStays() throws {
        let text = "\u{FEFF}legal-review:\n  date: 2026-11-22\n  interval-days: 1\n"
        #expect(
            try apply(text)
                == "\u{FEFF}legal-review:\n  date: 2026-12-07\n  interval-days: 1\n  fingerprint: 000000000000abcd\n")
    }

    @Test func whatCannotBeEditedSafelyIsRefused() {
        for text in [
            "title: T\n", "legal-review: {date: 2026-11-22, interval-days: 1}\n", "legal-review:\n  interval-days: 1\n",
            "legal-review:\n  date: [2026]\n", "- a\n",
        ] {
            #expect(throws: LegalReviewEditor.Refusal.self) { try apply(text) }
        }
    }
}
