/// The text message of one guide in one language: what rapid-response networks forward in
/// WhatsApp and Signal groups and down SMS trees. The renderer writes it and `kyr check` measures
/// it from this one value, so the SMS kyr counts is byte for byte the SMS it writes.
///
/// In order: the hotline (the first thing a reader can act on, whole in the first segment: an
/// SMS whose label would push the number across the segment boundary puts the number first); the
/// summary, or the guide's own `message`; each phrase to say to an agent, with its source-language
/// text beside it when the phrase is translated (agents speak English); the notices the shown
/// texts need; and the guide's page in the reader's language. A message has no headings, so
/// every line must be true on its own.
package struct GuideMessage: Sendable {
    /// Something the reader says or shows to an agent.
    package struct Phrase: Sendable {
        /// As the reader's language shows it.
        package var text: ResolvedText
        /// The source-language text, when `text` is a translation.
        package var source: InlineText?
    }

    /// How the message is set: an SMS is plain, one line per part; a chat message (WhatsApp,
    /// Signal) adds the title, bold labels (each followed by a space) and blank lines between
    /// parts, and marks the content's strong text and emphasis where the language puts spaces
    /// between words.
    package enum Style: Sendable {
        case sms, chat
    }

    package let localized: LocalizedDocument
    package let title: ResolvedText
    /// The site's `hotline` phone variable, when it has one.
    package let hotline: Variable?
    /// The guide's `message` when it has one, otherwise its summary.
    package let body: ResolvedText
    /// Empty when the guide has a `message`: its author wrote the whole text.
    package let phrases: [Phrase]
    package let notices: [Notice]
    /// The guide's page in the reader's language, from the site's `base-url`; nil when the site
    /// has no public address (or only a placeholder).
    package let link: String?
    private let strings: MessageStrings
    private let variables: [String: Variable]

    /// The message of `localized` (a guide) for readers of `strings.language`.
    package init(_ localized: LocalizedDocument, strings: MessageStrings, site: Site) {
        self.localized = localized
        self.strings = strings
        variables = site.variables
        title = localized.title
        hotline = site.variables["hotline"].flatMap { $0.kind == .phone ? $0 : nil }
        let guide = localized.document as? Guide
        if let message = localized.message {
            body = message
            phrases = []
        } else {
            body = localized.summary
            phrases = guide.map { Self.phrases($0, localized) } ?? []
        }
        notices = localized.notices(shown: [body] + phrases.map(\.text))
        link = SitePaths(baseURL: site.publicBaseURL).absolute(
            SitePaths.guide(localized.document.id, in: localized.language))
    }

    /// The phrases to say: the wallet card's `say` lines, written short for the card; a guide
    /// whose card has none gives the `say` units of its sections.
    private static func phrases(_ guide: Guide, _ localized: LocalizedDocument) -> [Phrase] {
        let card = guide.card.filter { $0.kind == .say }.map { (localized.cardLine($0), $0.text) }
        let texts =
            !card.isEmpty
            ? card
            : guide.sections.flatMap { section in
                section.units.filter { $0.kind == .say }.map { (localized.text(of: $0, in: section), $0.text) }
            }
        return texts.map { shown, source in
            Phrase(text: shown, source: shown.language == localized.sourceLanguage ? nil : source)
        }
    }

    /// The keys of every unit a message of `guide` may show, so `kyr check` can localize only
    /// those (`Localizer.localize(_:into:keys:)`) for every guide in every language. Keep it in
    /// step with `init` and `phrases`: a test compares the SMS files with what the check measures.
    package static func keys(of guide: Guide) -> Set<String> {
        var keys: Set<String> = [UnitKey.title, UnitKey.summary, UnitKey.message]
        keys.formUnion(guide.card.filter { $0.kind == .say }.map(UnitKey.card))
        for section in guide.sections {
            keys.formUnion(section.units.filter { $0.kind == .say }.map { UnitKey.unit($0, in: section) })
        }
        return keys
    }

    /// The SMS, exactly as written to `<id>.sms.txt` (without the file's final line break) and
    /// measured by `kyr check`. Its first segment holds the whole hotline number: a phone that
    /// shows only the first segment, or shows the segments out of order, must never show a
    /// number that looks complete and is not ("1-855-435-769"). When the label would push the
    /// number past the first segment, the number comes first, the label after it.
    package var sms: String {
        let labelFirst = text(.sms)
        guard let hotline, !Self.firstSegmentHolds(hotline.value, of: labelFirst) else { return labelFirst }
        return text(.sms, numberFirst: true)
    }

    /// Whether the first segment of `sms` holds the whole `number`.
    package static func firstSegmentHolds(_ number: String, of sms: String) -> Bool {
        SMSSegments.firstSegment(of: sms).contains(number)
    }

    /// The message as text in `style`; `numberFirst` writes the hotline as "number (label)".
    package func text(_ style: Style, numberFirst: Bool = false) -> String {
        let chat = style == .chat
        let language = localized.language
        // WhatsApp only sets `*bold*` apart where a space or punctuation surrounds the markers; inside
        // Chinese or Japanese text they would show as asterisks, so content there stays unmarked.
        let marksContent = chat && language.separatesWordsWithSpaces
        let format: TextInlineFormat = marksContent ? .chat(variables: variables) : .plain(variables: variables)
        let inline = InlineRenderer(variables: variables, format: format)
        let plain = InlineRenderer(variables: variables, format: TextInlineFormat.plain(variables: variables))
        func render(_ text: InlineText) -> String { inline.render(text).collapsingWhitespace }
        // A label and its text; in chat the label (with its colon) is bold, and a space follows the
        // closing marker so WhatsApp sees it even where the language sets no space after a colon.
        func labelled(_ label: String, _ text: String) -> String {
            guard chat else { return language.labelled(label, text) }
            let head = language.labelled(label, "").trimmingSpaces
            return "*" + head + "* " + text
        }
        var blocks: [[String]] = []
        var top: [String] = []
        if chat { top.append("*" + plain.render(title.text).collapsingWhitespace + "*") }
        if let hotline {
            top.append(
                numberFirst ? hotline.value + " (" + strings.hotline + ")" : labelled(strings.hotline, hotline.value))
        }
        blocks.append(top)
        blocks.append([render(body.text)])
        var said: [String] = []
        for phrase in phrases {
            said.append(labelled(strings.kindSay, render(phrase.text.text)))
            if let source = phrase.source { said.append(labelled(strings.sayInEnglish, render(source))) }
        }
        blocks.append(said)
        blocks.append(notices.map(chat ? strings.text(of:) : strings.shortText(of:)))
        blocks.append(link.map { [$0] } ?? [])
        let lines = blocks.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }
        return lines.joined(separator: chat ? "\n\n" : "\n")
    }
}

extension String {
    /// Without trailing spaces.
    fileprivate var trimmingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
