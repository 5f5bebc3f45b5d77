import Foundation
import Synchronization

/// Content dates written for readers of one language ("22 de noviembre de 2026"), from
/// Foundation's locale data. The calendar and zone are fixed so the text depends only on the
/// date and the language, never on the machine's settings.
package struct DateText: Sendable {
    private let style: Date.FormatStyle
    /// Each date's words once: a site's pages show the same few review dates thousands of
    /// times, and Foundation formats each call afresh.
    private let memo = Memo()

    private final class Memo: Sendable {
        let words = Mutex<[Int: String]>([:])
    }

    package init(language: LanguageTag) {
        style = Date.FormatStyle(
            date: .long, time: .omitted, locale: Locale(identifier: language.identifier),
            calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC")!
        )
    }

    /// The date in words, as the language writes it.
    package func format(_ date: ContentDate) -> String {
        if let words = memo.words.withLock({ $0[date.daysSinceEpoch] }) { return words }
        let words = Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch) * 86_400).formatted(style)
        memo.words.withLock { $0[date.daysSinceEpoch] = words }
        return words
    }
}
