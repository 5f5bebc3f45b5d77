import KYRModel
import KYRTestSupport
import Testing

@testable import KYRExchange

/// Markup as pieces with the characters each was written with, so a text survives a trip through
/// a translation tool byte for byte, and texts compare whatever their escapes.
@Suite struct MarkedTextTests {
    @Test func piecesKeepTheCharactersAsWritten() throws {
        let text = try #require(MarkedText(raw: "_Ask_ for **a [warrant](https://x.org/w)**: call {hotline} \\*now\\*"))
        #expect(
            text.pieces == [
                .open(.emphasis, data: "_"), .text("Ask"), .close(.emphasis, data: "_"), .text(" for "),
                .open(.strong, data: "**"), .text("a "), .open(.link, data: "["), .text("warrant"),
                .close(.link, data: "](https://x.org/w)"), .close(.strong, data: "**"), .text(": call "),
                .variable("hotline", data: "{hotline}"), .text(" *now*"),
            ])
        #expect(text.canonical == "_Ask_ for **a [warrant](https://x.org/w)**: call {hotline} \\*now\\*")
    }

    @Test func literalMarkupCharactersAreEscapedAndReadBackTheSame() throws {
        let raw = "5 * 3 is snake_case"
        let text = try #require(MarkedText(raw: raw))
        #expect(text.pieces == [.text(raw)])
        #expect(text.canonical == "5 \\* 3 is snake\\_case")
        #expect(MarkedText(raw: text.canonical) == text)
        #expect(MarkedText.sameText(raw, text.canonical))
        #expect(!MarkedText.sameText(raw, "5 * 4 is snake_case"))
    }

    @Test func malformedMarkupHasNoPieces() {
        #expect(MarkedText(raw: "**open") == nil)
        #expect(MarkedText.canonical("**open") == "**open")
    }

    /// Every text of the bundled content, English and translated: its canonical form reads back
    /// as the same pieces, and a text XLIFF carries comes back as the same text.
    @Test func everyBundledTextSurvivesTheRoundTrip() throws {
        let content = try Checking.content(Fixtures.packageRoot.path)
        let texts =
            content.sourceDocuments.flatMap { $0.translatableUnits.map(\.text.raw) }
            + content.translations.flatMap { $0.units.map(\.text.raw) }
        #expect(texts.count > 3000)
        for raw in texts {
            let marked = try #require(MarkedText(raw: raw), "\(raw)")
            #expect(MarkedText(raw: marked.canonical) == marked, "\(raw)")
            #expect(MarkedText.sameText(raw, marked.canonical))
        }
    }
}
