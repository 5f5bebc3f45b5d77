import KYRModel

/// Compares one translated unit with its source: placeholders, links, facts by value, markup
/// structure, and text left untranslated. Each finding points into the translation.
struct UnitComparison {
    let analysis: SourceAnalysis
    let translation: TranslationFile.Unit
    let variables: [String: Variable]
    let sourceLanguage: LanguageTag
    let language: LanguageTag

    func findings() -> [Diagnostic] {
        placeholders() + links() + facts() + markup() + identical()
    }

    private var source: TranslatableUnit { analysis.unit }
    private var key: String { translation.key.value }
    private var start: SourceLocation { translation.text.location }

    private func placeholders() -> [Diagnostic] {
        let found = translation.text.variableReferences
        // Usually identical, in the same order: no need to count anything.
        if found.count == analysis.placeholders.count, zip(found, analysis.placeholders).allSatisfy({ $0.name == $1 }) {
            return []
        }
        let wanted = Multiset(analysis.placeholders)
        var out: [Diagnostic] = []
        for name in wanted.subtracting(Multiset(found.map(\.name))).elements {
            // A dropped phone, e-mail or web address is lost help, whatever an allowance says.
            if let variable = variables[name], variable.kind != .text {
                out.append(
                    Diagnostic(
                        .missingContact,
                        "'\(key)' lacks {\(name)}, the \(variable.kind.noun) the source gives; a translation may not drop it",
                        at: start))
                continue
            }
            out.append(
                Diagnostic(
                    .placeholderMismatch,
                    "'\(key)' lacks {\(name)}, which the source uses; keep placeholders as they are", at: start))
        }
        var extra = Multiset(found.map(\.name)).subtracting(wanted)
        for reference in found where extra.remove(reference.name) {
            out.append(
                Diagnostic(
                    .placeholderMismatch, "'\(key)' uses {\(reference.name)}, which the source does not",
                    at: reference.location))
        }
        return out
    }

    private func links() -> [Diagnostic] {
        let wanted = analysis.linkTargets
        if wanted.isEmpty, translation.text.isPlain { return [] }
        let found = Self.linkTargets(translation.text.nodes)
        if found.map(\.target) == wanted { return [] }
        if source.localizableLinks {
            guard wanted.count != found.count else { return [] }
            return [
                Diagnostic(
                    .linkMismatch, "'\(key)' has \(found.count) links; the source has \(wanted.count)", at: start)
            ]
        }
        var out: [Diagnostic] = []
        for target in Multiset(wanted).subtracting(Multiset(found.map(\.target))).elements {
            out.append(Diagnostic(.linkMismatch, "'\(key)' lacks the source's link to \(target)", at: start))
        }
        var extra = Multiset(found.map(\.target)).subtracting(Multiset(wanted))
        for link in found where extra.remove(link.target) {
            out.append(
                Diagnostic(
                    .linkMismatch,
                    "'\(key)' links to \(link.target), which the source does not (mark the source unit 'localizable-links: true' if translations may link elsewhere)",
                    at: link.location))
        }
        return out
    }

    private func facts() -> [Diagnostic] {
        let wanted = analysis.facts
        let found = FactExtractor.facts(in: translation.text, variables: variables)
        guard !wanted.isEmpty || !found.isEmpty else { return [] }
        if wanted.count == found.count, zip(wanted, found).allSatisfy({ $0.kind == $1.kind && $0.value == $1.value }) {
            return []
        }
        // English month names and number words may become digits ("May 12" → "5月12日").
        let wordNumbers = analysis.wordNumbers
        var out: [Diagnostic] = []
        var remaining = Multiset(found.map { FactKey($0) })
        // The source's numbers the translation lacks: each is paired below with a number in
        // digits the translation has instead (then the value changed: an error), or, if none is
        // left, reported as perhaps written in words (a warning).
        var lackedNumbers: [Fact] = []
        // A value that comes from a {variable} is the placeholder check's business when missing.
        for fact in wanted where !remaining.remove(FactKey(fact)) && fact.variable == nil {
            if fact.kind == .number {
                lackedNumbers.append(fact)
                continue
            }
            out.append(
                Diagnostic(.factMismatch, "'\(key)' lacks the source's \(fact.kind.name) \(fact.written)", at: start))
        }
        var extra = Multiset(found.map { FactKey($0) }).subtracting(Multiset(wanted.map { FactKey($0) }))
        for fact in found where extra.remove(FactKey(fact)) {
            if fact.kind == .number, wordNumbers.contains(fact.value) { continue }
            if fact.variable != nil { continue }
            let location = fact.offset >= 0 ? translation.text.location(ofOffset: fact.offset) : start
            if fact.kind == .number, !lackedNumbers.isEmpty {
                // Digits in both texts with another value: a changed year, count or amount.
                let replaced = lackedNumbers.removeFirst()
                out.append(
                    Diagnostic(
                        .factMismatch,
                        "'\(key)' has the number \(fact.written) where the source has \(replaced.written)",
                        at: location))
                continue
            }
            let code: DiagnosticCode = fact.kind.isStrict ? .factMismatch : .numberMismatch
            let same = wanted.filter { $0.kind == fact.kind }.map { fact in
                fact.variable.flatMap { variables[$0] }.map { "\($0.value) through {\($0.name)}" } ?? fact.written
            }
            let hint = same.isEmpty ? "" : " (the source has \(same.joined(separator: ", ")))"
            out.append(
                Diagnostic(
                    code, "'\(key)' has the \(fact.kind.name) \(fact.written), which the source does not\(hint)",
                    at: location))
        }
        for fact in lackedNumbers {
            out.append(
                Diagnostic(
                    .numberMismatch,
                    "'\(key)' lacks the source's \(fact.kind.name) \(fact.written) (if it is written in words, allow number-mismatch with a reason)",
                    at: start))
        }
        return out
    }

    private func markup() -> [Diagnostic] {
        if analysis.markup == MarkupShape.none, translation.text.isPlain { return [] }
        let a = analysis.markup
        let b = MarkupShape(translation.text.nodes)
        guard a != b else { return [] }
        return [
            Diagnostic(.markupMismatch, "'\(key)' has \(b.description); the source has \(a.description)", at: start)
        ]
    }

    private func identical() -> [Diagnostic] {
        guard analysis.wordCount >= 4, Fingerprint.head(translation.text.raw) == analysis.head,
            Fingerprint.value(of: translation.text.raw) == analysis.fingerprint,
            Fingerprint.normalized(source.text.raw) == Fingerprint.normalized(translation.text.raw)
        else { return [] }
        return [
            Diagnostic(
                .identicalToSource, "'\(key)' is identical to the \(sourceLanguage) source; is it translated?",
                at: start)
        ]
    }

    static func linkTargets(_ nodes: [InlineNode]) -> [(target: String, location: SourceLocation)] {
        nodes.flatMap { node -> [(target: String, location: SourceLocation)] in
            switch node {
            case .link(.url(let url), let children, let location): [(url, location)] + linkTargets(children)
            case .link(.variable, let children, _), .strong(let children), .emphasis(let children):
                linkTargets(children)
            case .text, .variable: []
            }
        }
    }

    /// The numbers that `text` writes as English words: month names ("May" is 5, since
    /// "May 12" may become "5月12日"), cardinals and ordinals ("Fourth Amendment" is
    /// "수정헌법 제4조" in Korean). A translation may write these as digits.
    static func wordNumbers(in text: String) -> Set<String> {
        var found: Set<String> = []
        var word: [UInt8] = []
        // Number words are ASCII: scan bytes, folding case, splitting at anything else.
        for byte in text.utf8 + [0] {
            if (65...90).contains(byte) || (97...122).contains(byte) {
                word.append(byte | 0x20)
                continue
            }
            if byte >= 0x80 {
                word.append(byte)  // part of a non-ASCII letter: never an English number word
                continue
            }
            if (3...11).contains(word.count), let value = numberWords[String(decoding: word, as: UTF8.self)] {
                found.insert(value)
            }
            word.removeAll(keepingCapacity: true)
        }
        return found
    }

    /// English words for numbers, with their values as digits.
    private static let numberWords: [String: String] = {
        var words: [String: String] = [:]
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        for (index, month) in months.enumerated() { words[month] = String(index + 1) }
        let cardinals = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ]
        let ordinals = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth",
        ]
        for (index, word) in cardinals.enumerated() { words[word] = String(index + 1) }
        for (index, word) in ordinals.enumerated() { words[word] = String(index + 1) }
        for (tens, word) in ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            words[word] = String((tens + 3) * 10)
            words[word.dropLast() + "ieth"] = String((tens + 3) * 10)
        }
        words["hundred"] = "100"
        words["thousand"] = "1000"
        return words
    }()

}

/// Facts compare by kind and value only.
struct FactKey: Hashable {
    var kind: Fact.Kind
    var value: String
    init(_ fact: Fact) {
        kind = fact.kind
        value = fact.value
    }
}

/// Counts of strong, emphasis and link nodes: what "the same markup" means across languages,
/// where word order (and so nesting order) may change.
struct MarkupShape: Equatable {
    var strong = 0, emphasis = 0, links = 0

    /// No markup at all.
    static let none = MarkupShape([])

    init(_ nodes: [InlineNode]) {
        for node in nodes { add(node) }
    }

    private mutating func add(_ node: InlineNode) {
        switch node {
        case .strong(let children):
            strong += 1
            for child in children { add(child) }
        case .emphasis(let children):
            emphasis += 1
            for child in children { add(child) }
        case .link(_, let children, _):
            links += 1
            for child in children { add(child) }
        case .text, .variable: break
        }
    }

    var description: String {
        "\(strong) strong, \(emphasis) emphasis, \(links) \(links == 1 ? "link" : "links")"
    }
}

/// A multiset of hashable values, for comparing lists where order does not matter but counts do.
struct Multiset<Element: Hashable> {
    private var counts: [Element: Int] = [:]

    init(_ elements: some Sequence<Element>) {
        for e in elements { counts[e, default: 0] += 1 }
    }

    /// Removes one occurrence; false when there was none.
    mutating func remove(_ element: Element) -> Bool {
        guard let n = counts[element], n > 0 else { return false }
        counts[element] = n - 1
        return true
    }

    func subtracting(_ other: Multiset) -> Multiset {
        var result = self
        for (e, n) in other.counts { result.counts[e] = max(0, (result.counts[e] ?? 0) - n) }
        return result
    }

    /// Each element repeated by its count, in a stable order.
    var elements: [Element] {
        counts.filter { $0.value > 0 }.sorted { "\($0.key)" < "\($1.key)" }.flatMap {
            Array(repeating: $0.key, count: $0.value)
        }
    }
}
