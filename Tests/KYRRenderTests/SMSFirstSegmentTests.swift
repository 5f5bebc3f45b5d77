import Foundation
import KYRTestSupport
import Testing

/// The first SMS segment of every guide in every language holds the whole hotline number: a
/// phone may show the first segment alone, and "1-855-435-769" looks complete. The segments
/// are cut here by an implementation of their own (3GPP TS 23.038 and 23.040), not kyr's.
@Suite struct SMSFirstSegmentTests {
    /// GSM 03.38's default alphabet, and its extension table (two septets each).
    static let gsm = Set(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
    )
    static let gsmExtension = Set("\u{0C}^{}\\[~]|€")

    /// The first segment as a phone cuts it: the whole text when it fits one (160 septets or 70
    /// UTF-16 units), else the longest prefix of whole characters within 153 septets or 67 units.
    static func firstSegment(_ text: String) -> String {
        let characters = Array(text)
        let isGSM = characters.allSatisfy { gsm.contains($0) || gsmExtension.contains($0) }
        let cost: (Character) -> Int = isGSM ? { gsmExtension.contains($0) ? 2 : 1 } : { $0.utf16.count }
        let total = characters.reduce(0) { $0 + cost($1) }
        if total <= (isGSM ? 160 : 70) { return text }
        var used = 0
        var prefix = ""
        for character in characters {
            used += cost(character)
            if used > (isGSM ? 153 : 67) { break }
            prefix.append(character)
        }
        return prefix
    }

    @Test func theFirstSegmentHoldsTheWholeHotline() throws {
        let texts = try TextRendering.bundled.get().text
        let sms = texts.filter { $0.key.hasSuffix(".sms.txt") }
        #expect(sms.count == 81, "9 guides in 9 languages")
        for (path, text) in sms.sorted(by: { $0.key < $1.key }) {
            #expect(Self.firstSegment(text).contains("1-855-435-7693"), "\(path): \(Self.firstSegment(text))")
        }
    }

    @Test func theIndependentCutAgreesOnKnownCases() {
        // 200 GSM characters: two segments, the first 153 long.
        #expect(Self.firstSegment(String(repeating: "a", count: 200)).count == 153)
        #expect(Self.firstSegment(String(repeating: "a", count: 160)).count == 160)
        // One character outside GSM makes it UCS-2: 67 per segment.
        #expect(Self.firstSegment("ó" + String(repeating: "a", count: 100)).count == 67)
        // An emoji takes two units and is never cut in half.
        #expect(
            Self.firstSegment(String(repeating: "a", count: 66) + "😀" + String(repeating: "b", count: 10)).count == 66)
    }
}
