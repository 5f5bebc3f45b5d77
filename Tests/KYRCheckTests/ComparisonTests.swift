import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRCheck

/// Checks between a source unit and its translation, on the stamped minimal project.
@Suite struct ComparisonTests {
    /// The diagnostics after replacing one line of the Spanish guide (translated-from stays valid).
    func findings(_ from: String, _ to: String, english: (String, String)? = nil) throws -> [String] {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        if let english {
            let guide = try project.read("Content/guides/at-home/en.yaml")
            #expect(guide.contains(english.0))
            try project.write(
                "Content/guides/at-home/en.yaml", guide.replacingOccurrences(of: english.0, with: english.1))
        }
        let es = try project.read("Content/guides/at-home/es.yaml")
        #expect(es.contains(from), "fixture changed: \(from)")
        try project.write("Content/guides/at-home/es.yaml", es.replacingOccurrences(of: from, with: to))
        // A translation made longer may also take the SMS over its budget (SMSBudgetRuleTests test
        // that), and a changed English changes the guide since its review (ReviewFingerprintTests).
        return try Checking.lines(project.path).filter {
            !$0.contains("[outdated-unit]") && !$0.contains("[sms-over-budget]")
                && !$0.contains("[changed-since-review]")
        }
    }

    @Test func numberWrittenInWordsIsAWarningNotAnError() throws {
        let lines = try findings(
            "card.silent: Voy a permanecer en silencio.", "card.silent: Voy a permanecer en silencio treinta días.",
            english: ("I will remain silent.", "I will remain silent for 30 days."))
        #expect(
            lines == [
                "Content/guides/at-home/es.yaml:10:16: warning: 'card.silent' lacks the source's number 30 (if it is written in words, allow number-mismatch with a reason) [number-mismatch]"
            ])
        let allowed = try findings(
            "card.silent: Voy a permanecer en silencio.",
            "card.silent:\n    text: Voy a permanecer en silencio treinta días.\n    allow:\n      number-mismatch: el número va en palabras",
            english: ("I will remain silent.", "I will remain silent for 30 days."))
        #expect(allowed == [])
    }

    /// A number written in digits in both texts with another value is a changed fact: an
    /// error at the number, like a changed phone digit.
    @Test func aYearChangedInDigitsIsAnErrorAtTheNumber() throws {
        let lines = try findings(
            "card.silent: Voy a permanecer en silencio.", "card.silent: Desde 2725, voy a permanecer en silencio.",
            english: ("I will remain silent.", "Since 2025, I will remain silent."))
        #expect(
            lines == [
                "Content/guides/at-home/es.yaml:10:22: error: 'card.silent' has the number 2725 where the source has 2025 [fact-mismatch]"
            ])
    }

    /// "Fourth Amendment" is "수정헌법 제4조" in Korean: a number the source writes as an English
    /// word may be digits in the translation; any other extra number is still reported.
    @Test func numbersTheSourceWritesAsWordsMayBeDigits() throws {
        let english = ("I will remain silent.", "I will remain silent under the Fifth Amendment.")
        let ordinal = try findings(
            "card.silent: Voy a permanecer en silencio.", "card.silent: Voy a permanecer en silencio (5.ª Enmienda).",
            english: english)
        #expect(ordinal == [])
        let other = try findings(
            "card.silent: Voy a permanecer en silencio.", "card.silent: Voy a permanecer en silencio (6.ª Enmienda).",
            english: english)
        #expect(
            other == [
                "Content/guides/at-home/es.yaml:10:46: warning: 'card.silent' has the number 6, which the source does not [number-mismatch]"
            ])
        #expect(
            UnitComparison.wordNumbers(in: "On May 12, the Fourth and FIRST; someone, twenty-one, ninetieth") == [
                "5", "4", "1", "20", "90",
            ])
    }

    @Test func aChangedNumberInDigitsIsReportedWhereItIs() throws {
        let lines = try findings(
            "card.silent: Voy a permanecer en silencio.", "card.silent: Voy a permanecer en silencio 31 días.",
            english: ("I will remain silent.", "I will remain silent for 30 days."))
        #expect(
            lines == [
                "Content/guides/at-home/es.yaml:10:45: error: 'card.silent' has the number 31 where the source has 30 [fact-mismatch]"
            ])
    }

    @Test func formNumbersAreErrors() throws {
        let lines = try findings(
            "Por favor, pase la orden por debajo de la puerta.",
            "Por favor, pase la orden I-250 por debajo de la puerta.",
            english: ("Please slide the warrant under the door.", "Please slide the I-205 warrant under the door."))
        #expect(lines.contains { $0.contains("lacks the source's form number I-205") && $0.contains(": error: ") })
        #expect(
            lines.contains {
                $0.contains(
                    "has the form number I-250, which the source does not (the source has I-205) [fact-mismatch]")
            })
    }

    @Test func linksAndMarkupMustMatch() throws {
        let link = try findings(
            "card.call: \"[Llame a la línea]({hotline}).\"",
            "card.call: \"[Llame](https://example.org/llamar) a la línea.\"")
        #expect(link.contains { $0.contains("'card.call' lacks {hotline}") })
        #expect(
            link.contains {
                $0.hasPrefix(
                    "Content/guides/at-home/es.yaml:11:15: error: 'card.call' links to https://example.org/llamar, which the source does not"
                )
            })
        let markup = try findings("door.dont-open: \"**No** abra la puerta.\"", "door.dont-open: No abra la puerta.")
        #expect(
            markup == [
                "Content/guides/at-home/es.yaml:6:19: warning: 'door.dont-open' has 0 strong, 0 emphasis, 0 links; the source has 1 strong, 0 emphasis, 0 links [markup-mismatch]"
            ])
    }

    @Test func untranslatedTextIsFlagged() throws {
        let lines = try findings(
            "text: Por favor, pase la orden por debajo de la puerta.", "text: Please slide the warrant under the door.")
        #expect(
            lines == [
                "Content/guides/at-home/es.yaml:8:11: warning: 'door.ask-warrant' is identical to the en source; is it translated? [identical-to-source]"
            ])
    }

    @Test func wildlyLongerTranslationsAreFlagged() throws {
        let long =
            "Por favor, pase la orden por debajo de la puerta. "
            + String(repeating: "Texto añadido que no está en el original. ", count: 4)
        let lines = try findings("text: Por favor, pase la orden por debajo de la puerta.", "text: \(long)")
        #expect(lines.count == 1)
        #expect(
            lines.first?.contains("× longer than usual for es; is something missing or added? [length-ratio]") == true)
        let allowed = try findings(
            "text: Por favor, pase la orden por debajo de la puerta.",
            "text: \(long)\n    allow:\n      length-ratio: explains the form in more words on purpose")
        #expect(allowed == [])
    }

    @Test func wordDiff() {
        #expect(
            WordDiff.plain(from: "Do not open the door.", to: "Do not open any door.")
                == "Do not open [-the-] {+any+} door.")
        #expect(WordDiff.plain(from: "a b c", to: "a b c") == "a b c")
        #expect(WordDiff.plain(from: "", to: "new text") == "{+new text+}")
    }
}
