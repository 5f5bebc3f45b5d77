import KYRModel

/// Words meant for an agent must be a unit of kind `say`: only those get their English beside
/// them in every output (the card's back, the "show this" view, texts and messages). A card line
/// or unit of another kind that speaks to the agent leaves a reader of a translation with words
/// they cannot say, and the outputs disagree (a message quotes the English, the card does not).
///
/// A unit speaks to an agent when one of its sentences
/// - quotes words to say or ask (`Say: I do not consent.`, `Ask: "Am I free to leave?"`), or
/// - is the reader's own voice: it starts with `I` or `My` (`I will remain silent.`), or it is a
///   question in the first person (`Passengers: Am I free to leave?`).
///
/// The content speaks to its reader as "you" and never in the reader's "I", so these patterns
/// find agent lines without flagging instructions (`Ask whether they are local police.`).
/// Messages (`message`) are exempt: they quote their phrases by design, with the English. Only an
/// English source is read; other languages' phrasing differs, and translations follow the source.
package struct UnmarkedAgentLineRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        guard let site = content.site, site.sourceLanguage.identifier.split(separator: "-").first == "en" else {
            return []
        }
        return content.citingDocuments.flatMap { document in
            document.units.filter { $0.unit.kind != .say }.compactMap { key, unit -> Diagnostic? in
                guard let sentence = AgentLine.sentence(in: Negation.plain(unit.text.nodes)) else { return nil }
                return Diagnostic(
                    .unmarkedAgentLine,
                    "'\(key)' speaks to the agent (\"\(sentence)\") but is a '\(unit.kind.rawValue)' unit, so no output "
                        + "shows its English beside it; put the words to say in a unit of kind 'say' of their own, and "
                        + "keep what the reader should do in this one",
                    at: unit.text.location(ofOffset: 0))
            }
        }
    }
}

/// Finding words addressed to an agent in an English text.
enum AgentLine {
    /// Verbs that introduce quoted words to say.
    static let introducers: Set<String> = ["say", "ask", "tell", "answer", "repeat"]
    /// First-person singular words that make a sentence the reader's own voice.
    static let firstPerson: Set<String> = ["i", "i'm", "i'll", "i've", "i'd", "me", "my", "mine"]

    /// The first sentence of `text` that speaks to an agent, or nil.
    static func sentence(in text: String) -> String? {
        for sentence in sentences(of: text) {
            let words = Negation.tokens(Substring(sentence))
            guard let first = words.first else { continue }
            // "Say: ...", "Ask: ..." or "Say "..."" quotes the words.
            if let colon = sentence.firstIndex(where: { $0 == ":" || $0 == "\"" || $0 == "\u{201C}" }),
                let verb = Negation.tokens(sentence[..<colon]).last, introducers.contains(verb),
                sentence[sentence.index(after: colon)...].contains(where: \.isLetter)
            {
                return sentence
            }
            // Own voice: "I will not sign.", "My name is ...", after a label ("Passengers: Am I ...?").
            let afterLabel = sentence.split(separator: ":", maxSplits: 1).last.map { Negation.tokens($0) } ?? words
            if let opening = afterLabel.first, opening == "i" || opening == "my" || opening.hasPrefix("i'") {
                return sentence
            }
            if sentence.hasSuffix("?"), words.contains(where: firstPerson.contains), first != "if" {
                return sentence
            }
        }
        return nil
    }

    /// The text's sentences, trimmed.
    static func sentences(of text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let sentence = Negation.firstSentence(of: String(rest))
            let trimmed = sentence.trimmingWhitespace
            if !trimmed.isEmpty { result.append(trimmed) }
            rest = rest.dropFirst(sentence.count)
        }
        return result
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
