/// How each guide's SMS travels in each language it is published in: encoding, length and
/// segments, against the budget site.yaml sets. `kyr check` warns from it; `kyr sms` prints it.
package struct SMSReport: Sendable {
    /// One guide's SMS in one language.
    package struct Entry: Sendable, Equatable {
        package var guide: String
        package var language: LanguageTag
        package var measure: SMSSegments
        /// Whether the text is the guide's own `message` (otherwise the summary and the phrases).
        package var isShortMessage: Bool
        /// Where to shorten it: the guide's `message`, or else its `summary`, in the source file.
        package var location: SourceLocation
        /// Whether the first segment holds the whole hotline number (true when there is none).
        package var hotlineWhole: Bool

        package init(
            guide: String, language: LanguageTag, measure: SMSSegments, isShortMessage: Bool,
            location: SourceLocation, hotlineWhole: Bool = true
        ) {
            self.hotlineWhole = hotlineWhole
            self.guide = guide
            self.language = language
            self.measure = measure
            self.isShortMessage = isShortMessage
            self.location = location
        }
    }

    /// The most segments a guide's SMS may take (`sms-segments` in site.yaml).
    package var budget: Int
    /// By guide ID, then in the site's language order (source first).
    package var entries: [Entry]

    package init(budget: Int, entries: [Entry]) {
        self.budget = budget
        self.entries = entries
    }

    /// The entries over the budget.
    package var overBudget: [Entry] {
        entries.filter { $0.measure.segments > budget }
    }
}
