import KYRModel

/// Readers for the value types content uses; each reports its own problem and returns nil.
extension DecodeContext {
    /// A non-empty scalar as text.
    func text(_ node: YAMLNode, what: String = "text") -> String? {
        guard let text = node.scalar, !node.isNull else {
            report(.wrongType, "expected \(what), found \(node.kindDescription)", at: node)
            return nil
        }
        if text.unicodeScalars.allSatisfy(\.isUnicodeWhitespace) {
            report(.emptyText, "\(what) is blank", at: node)
            return nil
        }
        if let (offset, scalar) = ForbiddenScalars.first(in: text) {
            let placed = InlineText(raw: text, location: location(node.start), nodes: [], anchors: anchors(for: node))
            report(
                ForbiddenScalars.code(for: scalar), ForbiddenScalars.message(for: scalar),
                at: placed.location(ofOffset: offset))
            return nil
        }
        return text
    }

    /// Text with inline markup, parsed.
    func inline(_ node: YAMLNode) -> InlineText? {
        guard let raw = text(node) else { return nil }
        warnIfCommentEnds(node)
        let placed = InlineText(raw: raw, location: location(node.start), nodes: [], anchors: anchors(for: node))
        let locate = { (offset: Int) in placed.location(ofOffset: offset) }
        switch InlineParser.parse(raw, locate: locate) {
        case .success(let nodes):
            var text = placed
            text.nodes = nodes
            return text
        case .failure(let error):
            report(error.code, error.message, at: locate(error.offset))
            return nil
        }
    }

    /// A slug ID (`[a-z0-9-]`).
    func slug(_ node: YAMLNode, what: String) -> Located<String>? {
        guard let text = text(node, what: what) else { return nil }
        guard Slug.isValid(text) else {
            let hint = Slug.suggestion(for: text).map { "; for example '\($0)'" } ?? ""
            report(
                .invalidID,
                "\(what) '\(text)' is not a valid ID: use lower-case letters a-z, digits and single hyphens\(hint)",
                at: node)
            return nil
        }
        return Located(text, at: location(node.start))
    }

    /// A list.
    func list(_ node: YAMLNode, what: String) -> [YAMLNode]? {
        guard case .sequence(let items) = node.value else {
            report(.wrongType, "expected \(what) (a list), found \(node.kindDescription)", at: node)
            return nil
        }
        return items
    }

    /// A whole number within `range`.
    func integer(_ node: YAMLNode, what: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = text(node, what: "a number") else { return nil }
        guard let value = Int(text) else {
            report(.wrongType, "expected \(what) as a whole number, found '\(text)'", at: node)
            return nil
        }
        guard range.contains(value) else {
            report(
                .invalidValue, "\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(value)",
                at: node)
            return nil
        }
        return value
    }

    /// `true` or `false` (YAML 1.1's yes/no/on/off are refused: they surprise people).
    func boolean(_ node: YAMLNode, what: String) -> Bool? {
        guard let text = text(node, what: "true or false") else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            report(.invalidValue, "\(what) must be true or false, found '\(text)'", at: node)
            return nil
        }
    }

    /// A `YYYY-MM-DD` calendar date.
    func date(_ node: YAMLNode) -> ContentDate? {
        guard let text = text(node, what: "a date") else { return nil }
        guard let date = ContentDate(text) else {
            report(.invalidDate, "'\(text)' is not a valid date; write YYYY-MM-DD, e.g. 2026-11-20", at: node)
            return nil
        }
        return date
    }

    /// One of a fixed set of words, with a suggestion when misspelled.
    func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, what: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = text(node, what: what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        report(
            .invalidValue,
            "unknown \(what) '\(text)'; expected one of: \(names.joined(separator: ", "))"
                + Suggestion.clause(for: text, in: names), at: node)
        return nil
    }

    /// A BCP 47 language tag.
    func language(_ node: YAMLNode) -> LanguageTag? {
        guard let text = text(node, what: "a language tag") else { return nil }
        switch LanguageTag.parse(text) {
        case .success(let tag): return tag
        case .failure(let problem):
            report(.invalidLanguage, problem.message(for: text), at: node)
            return nil
        }
    }

    /// An absolute `https://` URL.
    func httpsURL(_ node: YAMLNode, what: String) -> String? {
        guard let text = text(node, what: what) else { return nil }
        if let problem = URLRules.httpsProblem(text) {
            report(problem.code, "\(what) '\(text)' \(problem.message)", at: node)
            return nil
        }
        return text
    }

    /// A plain text followed by ` #` on its line was cut there: YAML reads the rest as a comment
    /// (`Llame al #1` is "Llame al"). Said at the `#`, with the line as it should be.
    private func warnIfCommentEnds(_ node: YAMLNode) {
        guard case .scalar(_, .plain) = node.value, node.start.line == node.end.line else { return }
        var index = node.end.index
        while index < scalarCount, scalar(at: index) == " " || scalar(at: index) == "\t" { index += 1 }
        guard index < scalarCount, scalar(at: index) == "#", index > node.end.index else { return }
        report(
            .commentInText,
            "the text stops before ' #': YAML reads what follows as a comment; if it is part of the text, put the text in quotes",
            at: location(ofIndex: index))
    }
}
