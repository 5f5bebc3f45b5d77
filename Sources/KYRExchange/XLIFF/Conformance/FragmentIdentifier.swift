/// XLIFF 2.0 fragment identifiers (`#f=f1/u=u1/n=n1`, `#m1`, `#/f=f1/gls=g1`): their syntax,
/// and which selectors they hold. XLIFF 2.0, 3.3: a selector is `prefix=id` or a bare id; the
/// file selector comes first, then groups, then the unit, then one leaf (a note, data, target
/// inline element, module or extension element, or a bare id), and nothing after the leaf.
struct FragmentIdentifier: Equatable {
    struct Selector: Equatable {
        /// nil for a bare id.
        var prefix: String?
        var id: String
    }

    var isAbsolute: Bool
    var selectors: [Selector]

    /// Parses the part after `#`; a message saying what is wrong otherwise.
    static func parse(_ fragment: String, knownPrefixes: Set<String>) -> Result<FragmentIdentifier, FragmentError> {
        var text = Substring(fragment)
        let isAbsolute = text.first == "/"
        if isAbsolute { text = text.dropFirst() }
        var selectors: [Selector] = []
        for part in split(text) {
            guard !part.isEmpty else { return .failure(FragmentError("an empty selector")) }
            if let equals = unescapedEquals(in: part) {
                let prefix = String(part[..<equals])
                let id = String(part[part.index(after: equals)...])
                guard !prefix.isEmpty, prefix.allSatisfy(isNameCharacter) else {
                    return .failure(FragmentError("'\(prefix)' is not a valid prefix (an NMTOKEN)"))
                }
                guard !id.isEmpty else { return .failure(FragmentError("the selector '\(prefix)=' has no id")) }
                if prefix.count == 1 {
                    guard XLIFFNamespace.corePrefixes.contains(prefix) else {
                        return .failure(
                            FragmentError(
                                "'\(prefix)' is not a core prefix (f, g, u, n, d, t), and other prefixes have at least two characters"
                            ))
                    }
                } else if !XLIFFNamespace.modulePrefixes.contains(prefix), !knownPrefixes.contains(prefix) {
                    return .failure(FragmentError("the prefix '\(prefix)' is not registered"))
                }
                selectors.append(Selector(prefix: prefix, id: id))
            } else {
                selectors.append(Selector(prefix: nil, id: part))
            }
        }
        guard !selectors.isEmpty else { return .failure(FragmentError("no selector")) }
        // f, then g..., then u, then one leaf.
        var stage = 0
        for (index, selector) in selectors.enumerated() {
            guard stage < 4 else {
                return .failure(FragmentError("a selector follows the leaf '\(selectors[index - 1].id)'"))
            }
            switch selector.prefix {
            case "f":
                guard stage == 0 else { return .failure(FragmentError("'f=' must come first, once")) }
                stage = 1
            case "g":
                guard stage <= 2 else { return .failure(FragmentError("'g=' must come before 'u=' and the leaf")) }
                stage = 2
            case "u":
                guard stage <= 2 else { return .failure(FragmentError("'u=' must come once, before the leaf")) }
                stage = 3
            default:
                stage = 4
            }
        }
        return .success(FragmentIdentifier(isAbsolute: isAbsolute, selectors: selectors))
    }

    /// Splits at `/` not escaped by `\`.
    private static func split(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "/" {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    private static func unescapedEquals(in part: String) -> String.Index? {
        var escaped = false
        for index in part.indices {
            if escaped {
                escaped = false
            } else if part[index] == "\\" {
                escaped = true
            } else if part[index] == "=" {
                return index
            }
        }
        return nil
    }

    /// NMTOKEN characters (ASCII and beyond, as XML's NameChar).
    private static func isNameCharacter(_ c: Character) -> Bool {
        if c.isASCII { return c.isLetter || c.isNumber || c == "." || c == "-" || c == "_" || c == ":" }
        return c.isLetter || c.isNumber
    }
}

/// Why a fragment identifier is malformed.
struct FragmentError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
