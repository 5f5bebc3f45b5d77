import KYRModel

/// A YAML node with the position it started at. Kept as a tree so decoders can report
/// unknown keys, wrong types and missing fields at their exact place.
public struct YAMLNode: Sendable {
    /// How a scalar was written; decides how offsets inside it map back to the file.
    public enum ScalarStyle: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public enum Value: Sendable {
        case scalar(String, ScalarStyle)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    public var value: Value
    /// Where the node starts: 1-based line and column, and the 0-based scalar index into the file.
    public var start: YAMLMark
    /// Where the node ends (exclusive), same units.
    public var end: YAMLMark

    public init(value: Value, start: YAMLMark, end: YAMLMark) {
        self.value = value
        self.start = start
        self.end = end
    }

    /// The scalar's text, if this is a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// Whether this is a plain empty scalar or `~`/`null`: YAML's "nothing here".
    public var isNull: Bool {
        if case .scalar(let text, .plain) = value { return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL" }
        return false
    }

    /// "text", "a list", "a mapping" or "nothing", for wrong-type messages.
    public var kindDescription: String {
        switch value {
        case .scalar: isNull ? "nothing" : "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}

/// A position in a YAML file.
public struct YAMLMark: Sendable, Hashable {
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int
    /// 0-based index in Unicode scalars from the start of the file.
    public var index: Int

    public init(line: Int, column: Int, index: Int) {
        self.line = line
        self.column = column
        self.index = index
    }
}
