import Foundation
import KYRCheck
import KYRModel
import KYRTestSupport
import Testing

/// Each guide's text message, as `GuideMessage` composes it for the renderer and the check,
/// and the SMS budget of site.yaml.
@Suite struct SMSBudgetRuleTests {
    static let spanish = try! LanguageTag.parse("es").get()

    func message(_ project: String, _ language: LanguageTag) throws -> GuideMessage {
        let content = try Checking.content(project)
        let localizer = Localizer(content: content)
        let guide = try #require(content.guides.first)
        return GuideMessage(
            localizer.localize(guide, into: language),
            strings: MessageStrings(
                PublishedLanguage(language: language, localizer: localizer), variables: content.site?.variables ?? [:]),
            site: try #require(content.site))
    }

    func edit(_ project: TemporaryProject, _ path: String, _ from: String, _ to: String) throws {
        let text = try project.read(path)
        #expect(text.contains(from), "fixture changed: \(from)")
        try project.write(path, text.replacingOccurrences(of: from, with: to))
    }

    /// Hotline first, the summary, each phrase to say, the notices, the page; the translated phrase
    /// with its English beside it, labelled in the reader's language.
    @Test func theSMSOfTheMinimalGuide() throws {
        let path = Fixtures.project("minimal").path
        #expect(
            try message(path, .english).sms == """
                Hotline: 1-855-435-7693
                You do not have to open the door. Call 1-855-435-7693.
                Kind say: I will remain silent.
                Not reviewed
                https://kyr-test.org/en/guides/at-home.html
                """)
        #expect(
            try message(path, Self.spanish).sms == """
                ES hotline: 1-855-435-7693
                No tiene que abrir la puerta. Llame al 1-855-435-7693.
                ES kind say: Voy a permanecer en silencio.
                Diga o muestre esto en inglés: I will remain silent.
                ES draft short
                ES not reviewed
                https://kyr-test.org/es/guides/at-home.html
                """)
    }

    /// A label that would push the number past the first segment: the number comes first, so a
    /// phone showing the first segment alone shows the whole number, never "1-855-435-769".
    @Test func aLongLabelPutsTheNumberFirstInTheSMSOnly() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let label = "Línea de apoyo familiar para reportar actividad de ICE y pedir ayuda legal"
        try edit(project, "Content/strings/en.yaml", "  hotline: Hotline\n", "  hotline: \(label)\n")
        let message = try message(project.path, .english)
        #expect(message.sms.hasPrefix("1-855-435-7693 (\(label))\n"), "\(message.sms)")
        #expect(SMSSegments(message.sms).encoding == .ucs2)
        #expect(message.text(.chat).contains("*\(label):* 1-855-435-7693"), "chat messages are not cut")
        // Label first, the number would have been cut after its eighth character.
        #expect(!GuideMessage.firstSegmentHolds("1-855-435-7693", of: message.text(.sms)))
        #expect(try Checking.lines(project.path).filter { $0.hasSuffix("[sms-hotline-split]") } == [])
    }

    /// A number longer than a segment cannot be kept whole: the check says so.
    @Test func aHotlineLongerThanASegmentIsReported() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let long = String(repeating: "1-", count: 90) + "1"
        try edit(project, "Content/site.yaml", "phone: 1-855-435-7693", "phone: \(long)")
        let found = try Checking.lines(project.path).filter { $0.hasSuffix("[sms-hotline-split]") }
        #expect(
            found == [
                "Content/guides/at-home/en.yaml:2:10: warning: the first SMS segment of guide 'at-home' does not hold "
                    + "the whole hotline number in en, es; shorten the hotline variable in site.yaml [sms-hotline-split]"
            ])
    }

    /// The chat message adds the title and bold labels, with blank lines between its parts.
    @Test func theChatMessageOfTheMinimalGuide() throws {
        #expect(
            try message(Fixtures.project("minimal").path, Self.spanish).text(.chat) == """
                *Si agentes llegan a su casa*
                *ES hotline:* 1-855-435-7693

                No tiene que abrir la puerta. Llame al 1-855-435-7693.

                *ES kind say:* Voy a permanecer en silencio.
                *Diga o muestre esto en inglés:* I will remain silent.

                ES draft notice
                ES not reviewed

                https://kyr-test.org/es/guides/at-home.html
                """)
    }

    /// The wallet card's `say` lines are the phrases when it has any; a phrase whose translation
    /// is outdated is shown in English, with no English beside it, and the fallback notice.
    @Test func cardPhrasesAndAnOutdatedTranslation() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try edit(project, "Content/guides/at-home/en.yaml", "text: I will remain silent.", "text: I will stay silent.")
        let sms = try message(project.path, Self.spanish).sms
        #expect(sms.contains("ES kind say: I will stay silent.\nES draft short\nES fallback short\n"))
        #expect(!sms.contains("Por favor"), "the card's say lines replace the sections' say units")
        #expect(!sms.contains("inglés"), "an English phrase needs no English beside it")
    }

    /// A guide's `message` replaces the summary and the phrases; the budget warning points at it.
    @Test func aShortMessageReplacesTheSummaryAndThePhrases() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try edit(
            project, "Content/guides/at-home/en.yaml", "agencies: [ice]",
            "message: Keep the door **closed**. Ask for a warrant signed by a judge.\nagencies: [ice]")
        try project.stampReviews()
        #expect(
            try message(project.path, .english).sms == """
                Hotline: 1-855-435-7693
                Keep the door closed. Ask for a warrant signed by a judge.
                Not reviewed
                https://kyr-test.org/en/guides/at-home.html
                """)
        try edit(project, "Content/site.yaml", "paper: letter", "paper: letter\nsms-segments: 1")
        let found = try Checking.lines(project.path).filter { $0.hasSuffix("[sms-over-budget]") }
        #expect(
            found == [
                "Content/guides/at-home/en.yaml:3:10: warning: the SMS of guide 'at-home' is over the budget of 1 segment "
                    + "(sms-segments in site.yaml) in es (2, GSM-7); shorten its message, or see kyr sms [sms-over-budget]"
            ])
    }

    /// Over the budget: one warning per guide at its summary, naming every language and its count.
    @Test func overTheBudgetWarnsAtTheSummary() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        #expect(try Checking.lines(project.path) == [], "the minimal guide fits 3 segments")
        try edit(project, "Content/site.yaml", "paper: letter", "paper: letter\nsms-segments: 1")
        #expect(
            try Checking.lines(project.path) == [
                "Content/guides/at-home/en.yaml:2:10: warning: the SMS of guide 'at-home' is over the budget of 1 segment "
                    + "(sms-segments in site.yaml) in en (2, GSM-7), es (2, GSM-7); give the guide a shorter message "
                    + "(the message key), or see kyr sms [sms-over-budget]"
            ])
        let report = SMSReport(
            content: try Checking.content(project.path),
            localizer: Localizer(content: try Checking.content(project.path)))
        #expect(
            report.entries.map {
                "\($0.guide) \($0.language) \($0.measure.encoding.rawValue) \($0.measure.units) \($0.measure.segments)"
            } == [
                "at-home en GSM-7 167 2", "at-home es GSM-7 252 2",
            ])
    }

    /// Strong text is `*marked*` in chat where words are set apart by spaces; in Chinese the
    /// asterisks would show, so they are left out. The SMS never has them.
    @Test func chatMarksStrongTextOnlyWhereWordsHaveSpaces() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        try edit(project, "Content/guides/at-home/es.yaml", "summary: No tiene", "summary: \"**No** tiene")
        try edit(project, "Content/guides/at-home/es.yaml", "Llame al {hotline}.", "Llame al {hotline}.\"")
        try edit(project, "Content/guides/at-home/zh-Hans.yaml", "summary: 您不必开门。", "summary: 您**不必**开门。")
        let spanish = try message(project.path, Self.spanish)
        #expect(spanish.text(.chat).contains("\n*No* tiene que abrir la puerta."))
        #expect(spanish.sms.contains("\nNo tiene que abrir la puerta."))
        let chinese = try message(project.path, try LanguageTag.parse("zh-Hans").get())
        #expect(chinese.text(.chat).contains("\n您不必开门。请拨打 1-855-435-7693。\n"))
        #expect(chinese.text(.chat).hasPrefix("*如果执法人员来到您家*\n"), "labels and the title stay bold")
    }
}
