import KYRModel

/// A YAML node with the position it started at. Kept as a tree so decoders can report
/// unknown keys, wrong types and missing fields at their exact place.
package struct YAMLNode: Sendable {
    /// How a scalar was written; decides how offsets inside it map back to the file.
    package enum ScalarStyle: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    package enum Value: Sendable {
        case scalar(String, ScalarStyle)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    package var value: Value
    /// Where the node starts: 1-based line and column, and the 0-based scalar index into the file.
    package var start: YAMLMark
    /// Where the node ends (exclusive), same units.
    package var end: YAMLMark

    package init(value: Value, start: YAMLMark, end: YAMLMark) {
        self.value = value
        self.start = start
        self.end = end
    }

    /// The scalar's text, if this is a scalar.
    package var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// Whether this is a plain empty scalar or `~`/`null`: YAML's "nothing here".
    package var isNull: Bool {
        if case .scalar(let text, .plain) = value {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    /// "text", "a list", "a mapping" or "nothing", for wrong-type messages.
    package var kindDescription: String {
        switch value {
        case .scalar: isNull ? "nothing" : "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}

/// A position in a YAML file.
package struct YAMLMark: Sendable, Hashable {
    /// 1-based line.
    package var line: Int
    /// 1-based column, in Unicode scalars.
    package var column: Int
    /// 0-based index in Unicode scalars from the start of the file.
    package var index: Int

    package init(line: Int, column: Int, index: Int) {
        self.line = line
        self.column = column
        self.index = index
    }
}
