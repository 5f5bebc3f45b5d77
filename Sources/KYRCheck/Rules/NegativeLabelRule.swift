import KYRModel

/// A "they may not" item must say "not" itself. Outputs that drop the list's label (a text
/// message, a card, a screen reader's list) would otherwise turn "They may not: ask about your
/// status" into the instruction "Ask about your status."
///
/// The rule: the main clause of the first sentence of a unit of a negative kind must contain a
/// negation word (`not`, `no`, `never`, `cannot`, `nor`, `neither`, `none`, `nothing`, `nobody`,
/// any word ending in `n't`) or a verb of prohibition (`bar`, `ban`, `forbid`, `prohibit` and
/// their forms). The main clause is the sentence after a leading clause that starts with `if`,
/// `when`, `unless` and the like (up to its comma), and before the first word that starts a
/// subordinate clause (`that`, `which`, `who`, `because`, `unless`, ...), so the "not" of
/// "a warrant that was not issued by a judge" does not count. Only the source language is checked: negation in the target languages is often a
/// particle or a verb ending (不, لا, 않다, नहीं, hindi, nie), which a word list would miss or
/// mistake, and each translation is compared with a source that already carries the negation.
package struct NegativeLabelRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    /// Unit kinds whose label carries a negation.
    package static let negativeKinds: Set<UnitKind> = [.mayNot]

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        content.citingDocuments.flatMap { document in
            document.units.filter { Self.negativeKinds.contains($0.unit.kind) && !Negation.carries($0.unit.text) }.map {
                key, unit in
                Diagnostic(
                    .labelOnlyNegation,
                    "'\(key)' is a '\(unit.kind.rawValue)' unit, but the main clause of its first sentence does not "
                        + "say 'not' itself; without its label it reads as the opposite: write a full sentence such as 'Chicago police may not ...'",
                    at: unit.text.location(ofOffset: 0))
            }
        }
    }
}

/// Finding a negation in the first sentence of an English text.
enum Negation {
    static let words: Set<String> = [
        "not", "no", "never", "cannot", "nor", "neither", "none", "nothing", "nobody", "nowhere",
    ]
    static let prohibitions: Set<String> = [
        "bar", "bars", "barred", "ban", "bans", "banned", "forbid", "forbids", "forbidden", "prohibit", "prohibits",
        "prohibited",
    ]
    /// Words before a period that do not end a sentence.
    static let abbreviations: Set<String> = [
        "st", "mr", "mrs", "ms", "dr", "jr", "sr", "vs", "v", "no", "inc", "co", "supt", "gov", "sen", "rep",
    ]

    /// Words that start a subordinate clause: a negation after one is not the sentence's own.
    static let subordinators: Set<String> = [
        "that", "which", "who", "whom", "whose", "if", "unless", "because", "when", "whenever", "where", "while",
        "although",
        "though", "until", "since", "once", "after", "before",
    ]

    /// Whether the main clause of the first sentence of `text` carries a negation.
    static func carries(_ text: InlineText) -> Bool {
        var sentence = Substring(firstSentence(of: plain(text.nodes)))
        if let first = tokens(sentence).first, subordinators.contains(first), let comma = sentence.firstIndex(of: ",") {
            sentence = sentence[sentence.index(after: comma)...]
        }
        for word in tokens(sentence) {
            if words.contains(word) || prohibitions.contains(word) || word.hasSuffix("n't") { return true }
            if subordinators.contains(word) { return false }
        }
        return false
    }

    /// Lower-case words: runs of letters and apostrophes.
    static func tokens(_ text: Substring) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map { $0.lowercased() }
    }

    /// The text readers see, with `{variables}` as written.
    static func plain(_ nodes: [InlineNode]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text): text
            case .strong(let children), .emphasis(let children), .link(_, let children, _): plain(children)
            case .variable(let name, _): "{" + name + "}"
            }
        }.joined().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// Up to the first `.`, `!` or `?` that is followed by white space or the end (closing quotes
    /// and brackets aside), skipping the periods of abbreviations (U.S., a.m., St.) and initials.
    static func firstSentence(of text: String) -> String {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if ".!?".contains(character), endsSentence(characters, at: index) { return String(characters[...index]) }
            index += 1
        }
        return text
    }

    private static func endsSentence(_ characters: [Character], at index: Int) -> Bool {
        var next = index + 1
        while next < characters.count, "\"'\u{201D})]".contains(characters[next]) { next += 1 }
        guard next == characters.count || characters[next].isWhitespace else { return false }
        guard characters[index] == "." else { return true }
        var start = index
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        let word = String(characters[start..<index]).trimmingPrefix { "\"'(\u{201C}".contains($0) }
        if word.contains(".") || (word.count == 1 && word.first!.isLetter) { return false }
        return !abbreviations.contains(word.lowercased())
    }
}
