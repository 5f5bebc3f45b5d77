import KYRModel
import Testing

/// SMS encodings and segment counts against cases computed by hand from 3GPP TS 23.038 and the
/// concatenated-SMS limits (160/153 septets, 70/67 UCS-2 code units).
@Suite struct SMSSegmentsTests {
    func measure(_ text: String) -> (SMSSegments.Encoding, Int, Int) {
        let measured = SMSSegments(text)
        return (measured.encoding, measured.units, measured.segments)
    }

    @Test func plainASCIIIsGSM() {
        #expect(measure("Call 1-855-435-7693 now.") == (.gsm7, 24, 1))
        #expect(measure("") == (.gsm7, 0, 0))
    }

    @Test func exactlyOneSegmentThenSplitsIntoSegmentsOf153() {
        #expect(measure(String(repeating: "a", count: 160)) == (.gsm7, 160, 1))
        #expect(measure(String(repeating: "a", count: 161)) == (.gsm7, 161, 2))
        #expect(measure(String(repeating: "a", count: 306)) == (.gsm7, 306, 2))
        #expect(measure(String(repeating: "a", count: 307)) == (.gsm7, 307, 3))
    }

    /// `€` and `{` are in the extension table: two septets each, still GSM-7.
    @Test func extensionCharactersTakeTwoSeptets() {
        #expect(measure("Fee: 5€") == (.gsm7, 8, 1))
        #expect(measure("{hotline}") == (.gsm7, 11, 1))
        // 158 + 2 = 160 septets: one segment; one more letter makes two.
        #expect(measure(String(repeating: "a", count: 158) + "€") == (.gsm7, 160, 1))
        #expect(measure(String(repeating: "a", count: 159) + "€") == (.gsm7, 161, 2))
        // An escape sequence is not split: 152 letters, then `{` would straddle the first boundary.
        #expect(
            measure(String(repeating: "a", count: 152) + "{" + String(repeating: "a", count: 152)) == (.gsm7, 306, 3))
    }

    /// `é` is in the GSM alphabet; `ó` is not, so one `ó` sends the whole text as UCS-2.
    @Test func oneAccentedVowelOutsideGSMForcesUCS2() {
        #expect(
            measure("Llame al número de ayuda y pida ver una orden firmada por un juez antes de abrir.") == (
                .ucs2, 81, 2
            ))
        #expect(measure("Café, résumé, niño, ¿qué?") == (.gsm7, 25, 1))
        #expect(measure("Sí") == (.ucs2, 2, 1))
        #expect(measure(String(repeating: "ó", count: 70)) == (.ucs2, 70, 1))
        #expect(measure(String(repeating: "ó", count: 71)) == (.ucs2, 71, 2))
        #expect(measure(String(repeating: "ó", count: 134)) == (.ucs2, 134, 2))
        #expect(measure(String(repeating: "ó", count: 135)) == (.ucs2, 135, 3))
    }

    /// An emoji is outside the Basic Multilingual Plane: UCS-2, two code units.
    @Test func emojiCountsTwoCodeUnits() {
        #expect(measure("Stay calm 👍") == (.ucs2, 12, 1))
        #expect(measure(String(repeating: "a", count: 68) + "👍") == (.ucs2, 70, 1))
        #expect(measure(String(repeating: "a", count: 69) + "👍") == (.ucs2, 71, 2))
        // A surrogate pair is not split: 66 letters, then the emoji moves whole to the second segment.
        #expect(measure(String(repeating: "a", count: 66) + "👍" + String(repeating: "a", count: 66)) == (.ucs2, 134, 3))
    }

    @Test func otherScriptsAreUCS2() {
        #expect(measure("您不必开门。") == (.ucs2, 6, 1))
        #expect(measure("لا تفتح الباب.") == (.ucs2, 14, 1))
        #expect(measure("दरवाज़ा न खोलें।").0 == .ucs2)
    }

    @Test func greekCapitalsAndLineBreaksAreGSM() {
        #expect(measure("ΔΦΓΛΩΠΨΣΘΞ\r\n") == (.gsm7, 12, 1))
    }
}
