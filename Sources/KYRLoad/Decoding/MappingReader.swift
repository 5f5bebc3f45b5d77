import KYRModel

/// Reads a YAML mapping whose keys are fixed: refuses unknown keys (suggesting the closest
/// known one) and reports missing required fields at the mapping's position.
struct MappingReader {
    let node: YAMLNode
    private let context: DecodeContext
    /// The fields by name, for mappings with fixed keys: a handful each, so a list searched in
    /// order costs less than hashing every key.
    private var values: [(name: String, key: YAMLNode, value: YAMLNode)] = []
    /// The entries in file order, for mappings whose keys are data (variables, translation
    /// units). Keys are unique already: the tree builder refuses duplicates.
    private(set) var entries: [(key: YAMLNode, value: YAMLNode)] = []
    /// Known keys suggested for a misspelled key: their absence is already explained.
    private var suggested: Set<String> = []
    /// Whether a merge key was refused: which fields it meant to supply is unknown.
    private var hadMergeKey = false

    /// Nil (with a wrong-type diagnostic) unless `node` is a mapping. `known` nil accepts any key.
    init?(_ node: YAMLNode, _ context: DecodeContext, what: String, known: [String]?) {
        guard case .mapping(let pairs) = node.value else {
            context.report(
                .wrongType, "expected \(what) (a mapping of keys to values), found \(node.kindDescription)", at: node)
            return nil
        }
        self.node = node
        self.context = context
        for pair in pairs {
            guard let name = pair.key.scalar else { continue }
            if name == "<<" {
                context.report(
                    .alias, "merge keys ('<<') are not allowed in content; write the values out in full", at: pair.key)
                hadMergeKey = true
                continue
            }
            guard let known else {
                entries.append(pair)
                continue
            }
            if !known.contains(name) {
                let suggestion = Suggestion.closest(to: name, in: known)
                if let suggestion { suggested.insert(suggestion) }
                context.report(
                    .unknownKey,
                    "unknown key '\(name)' in \(what)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    at: pair.key)
                continue
            }
            values.append((name, pair.key, pair.value))
            entries.append(pair)
        }
    }

    /// The value of an optional key; nil when absent or written as nothing (`key:` or `~`).
    func optional(_ key: String) -> YAMLNode? {
        guard let value = field(key)?.value, !value.isNull else { return nil }
        return value
    }

    /// The value of a required key, or nil after reporting that it is missing or empty.
    func required(_ key: String) -> YAMLNode? {
        guard let pair = field(key) else {
            if !suggested.contains(key), !hadMergeKey {
                context.report(.missingField, "missing required field '\(key)'", at: node)
            }
            return nil
        }
        if pair.value.isNull {
            context.report(.missingField, "field '\(key)' is empty", at: pair.key)
            return nil
        }
        return pair.value
    }

    /// The key node for `key`, for diagnostics about the entry as a whole.
    func keyNode(_ key: String) -> YAMLNode? {
        field(key)?.key
    }

    private func field(_ name: String) -> (key: YAMLNode, value: YAMLNode)? {
        guard let found = values.first(where: { $0.name == name }) else { return nil }
        return (found.key, found.value)
    }
}
