import KYRModel
import KYRTestSupport
import Testing

@testable import KYRCheck

@Suite struct FactExtractorTests {
    func facts(_ raw: String) -> [String] {
        FactExtractor.facts(inRaw: raw).map { "\($0.kind.rawValue):\($0.value)" }
    }

    @Test func phoneNumbersCompareByDigits() {
        #expect(facts("Call 1-855-435-7693 now") == ["phone:8554357693"])
        #expect(facts("Llame al (855) 435-7693.") == ["phone:8554357693"])
        #expect(facts("+1 855 435 7693") == ["phone:8554357693"])
        #expect(facts("اتصل على ١-٨٥٥-٤٣٥-٧٦٩٣") == ["phone:8554357693"])
        #expect(facts("फ़ोन १-८५५-४३५-७६९३") == ["phone:8554357693"])
        #expect(facts("１-８５５-４３５-７６９３") == ["phone:8554357693"])
    }

    @Test func formsCitationsDatesAndAddresses() {
        #expect(facts("Form I-200 or I-205, not AO 442.") == ["form:I-200", "form:I-205", "form:AO-442"])
        #expect(
            facts("See 5 ILCS 805/10 and 8 CFR 241.2(a)(1).") == [
                "citation:5 ILCS 805/10", "citation:8 CFR 241.2(a)(1)",
            ])
        #expect(facts("Under P.A. 98-1142 and HB 3247") == ["citation:P.A. 98-1142", "form:HB-3247"])
        #expect(facts("Since 2025-05-12.") == ["date:2025-05-12"])
        #expect(
            facts("Write to PlateWatch@ILSOS.gov or see https://www.icirr.org/help.") == [
                "email:platewatch@ilsos.gov", "url:https://www.icirr.org/help",
            ])
    }

    @Test func plainNumbersAndThousands() {
        #expect(facts("within 1,000 feet, 6 a.m. to 10 p.m.") == ["number:1000", "number:6", "number:10"])
        #expect(facts("dentro de 1.000 pies") == ["number:1000"])
        #expect(facts("May 12, 2025") == ["number:12", "number:2025"])
        #expect(facts("2025年5月12日") == ["number:2025", "number:5", "number:12"])
        #expect(facts("the 4th Amendment") == ["number:4"])
    }

    @Test func linkTargetsAndPlaceholdersAreNotFacts() {
        #expect(facts("[Call 911](tel:911) or {hotline-2}") == ["number:911"])
    }

    @Test func snakeCaseAndWordsAreNotForms() {
        #expect(facts("ICE agents in 2025") == ["number:2025"])
        #expect(facts("IN-PERSON help") == [])
    }

    /// The block shortcuts in `isDigit` agree with the Unicode properties for every scalar.
    @Test func digitShortcutsAgreeWithUnicodeEverywhere() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if FactExtractor.isDigit(scalar) != (scalar.properties.numericType == .decimal) {
                disagreements.append(String(value, radix: 16))
            }
        }
        #expect(disagreements.isEmpty)
    }

    /// The prefilter never skips a text in which the extractor would find something.
    @Test func prefilterNeverHidesAFact() {
        let texts = [
            "Keep the door closed.", "Llame al 1-855-435-7693", "اتصل على ١-٨٥٥-٤٣٥-٧٦٩٣", "请拨打１-８５５", "write a@b.org",
            "see HTTP://EXAMPLE.ORG", "see WWW.example.org", "see www.example.org", "只有中文", "한국어 텍스트", "Українською",
            "फ़ोन १-८५५", "ไทย ๑๒๓", "no digits at all, only words", "htt p://x", "ww.w",
        ]
        for text in texts {
            let found = !FactExtractor.facts(inRaw: text).isEmpty
            #expect(!found || FactExtractor.mayHoldFacts(text), "\(text)")
        }
        #expect(!FactExtractor.mayHoldFacts("Keep the door closed."))
        #expect(!FactExtractor.mayHoldFacts("只有中文，没有数字。"))
        #expect(FactExtractor.mayHoldFacts("ไทย ๑๒๓"))
    }
}
