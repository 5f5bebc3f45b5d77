import CYAML
import Foundation
import KYRModel

/// Turns libyaml events into a node tree, checking the rules that need the whole mapping
/// (duplicate keys) or the whole stream (one document, nesting depth).
struct TreeBuilder {
    /// An open mapping or sequence. A class, so appending to the innermost one never copies
    /// its children (an enum on a stack would be popped, copied and pushed for every child).
    private final class Container {
        let isMapping: Bool
        let start: YAMLMark
        var items: [YAMLNode] = []
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var pendingKey: YAMLNode?
        /// Where each key was first defined, once the mapping has more than `scanLimit` keys:
        /// duplicate checks stay linear on hostile input, and small mappings hash nothing.
        var keys: [String: YAMLMark] = [:]

        /// Where the key `name` was first defined in this mapping, if it was.
        func firstDefinition(of name: String) -> YAMLMark? {
            if pairs.count <= Container.scanLimit {
                return pairs.first { $0.key.scalar == name }?.key.start
            }
            if keys.isEmpty {
                keys.reserveCapacity(pairs.count * 2)
                for pair in pairs { keys[pair.key.scalar ?? ""] = pair.key.start }
            }
            return keys[name]
        }

        /// Records `key` (a scalar) as defined.
        func define(_ key: YAMLNode, value: YAMLNode) {
            if !keys.isEmpty { keys[key.scalar ?? ""] = key.start }
            pairs.append((key, value))
        }

        /// Up to this many keys, comparing with each is cheaper than hashing.
        static let scanLimit = 8

        init(isMapping: Bool, start: YAMLMark) {
            self.isMapping = isMapping
            self.start = start
        }
    }

    let file: String
    private(set) var root: YAMLNode?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var finished = false
    private var stack: [Container] = []
    private var documents = 0
    private var reportedAlias = false
    private var reportedTag = false

    init(file: String) {
        self.file = file
    }

    mutating func fail(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        root = nil
        finished = true
    }

    mutating func handle(_ event: yaml_event_t) {
        let start = Self.mark(event.start_mark)
        let end = Self.mark(event.end_mark)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            finished = true
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                fail(
                    Diagnostic(
                        .multipleDocuments, "a content file holds one YAML document; remove the second '---'",
                        at: location(start)))
            }
        case YAML_ALIAS_EVENT:
            refuseAlias(at: start, what: "aliases")
            add(YAMLNode(value: .scalar("", .plain), start: start, end: end))
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            if s.anchor != nil { refuseAlias(at: start, what: "anchors") }
            if s.tag != nil && s.plain_implicit == 0 && s.quoted_implicit == 0 { refuseTag(s.tag, at: start) }
            let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            add(YAMLNode(value: .scalar(text, Self.style(s.style)), start: start, end: end))
        case YAML_SEQUENCE_START_EVENT:
            if event.data.sequence_start.anchor != nil { refuseAlias(at: start, what: "anchors") }
            if event.data.sequence_start.tag != nil && event.data.sequence_start.implicit == 0 {
                refuseTag(event.data.sequence_start.tag, at: start)
            }
            open(Container(isMapping: false, start: start), at: start)
        case YAML_MAPPING_START_EVENT:
            if event.data.mapping_start.anchor != nil { refuseAlias(at: start, what: "anchors") }
            if event.data.mapping_start.tag != nil && event.data.mapping_start.implicit == 0 {
                refuseTag(event.data.mapping_start.tag, at: start)
            }
            open(Container(isMapping: true, start: start), at: start)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close(end: end)
        default:
            break
        }
    }

    private mutating func open(_ container: Container, at start: YAMLMark) {
        if stack.count >= YAMLParser.maxDepth {
            fail(Diagnostic(.tooDeep, "nesting is deeper than \(YAMLParser.maxDepth) levels", at: location(start)))
            return
        }
        stack.append(container)
    }

    private mutating func close(end: YAMLMark) {
        guard let top = stack.popLast() else { return }
        add(YAMLNode(value: top.isMapping ? .mapping(top.pairs) : .sequence(top.items), start: top.start, end: end))
    }

    /// Adds a finished node to the open container, or makes it the root.
    private mutating func add(_ node: YAMLNode) {
        guard let top = stack.last else {
            root = node
            return
        }
        guard top.isMapping else {
            top.items.append(node)
            return
        }
        guard let key = top.pendingKey else {
            top.pendingKey = node
            return
        }
        top.pendingKey = nil
        guard let name = key.scalar else {
            diagnostics.append(
                Diagnostic(.wrongType, "a key must be text, found \(key.kindDescription)", at: location(key.start)))
            return
        }
        if let first = top.firstDefinition(of: name) {
            diagnostics.append(
                Diagnostic(
                    .duplicateKey,
                    "duplicate key '\(name)' (first defined at line \(first.line), column \(first.column))",
                    at: location(key.start)))
            return
        }
        top.define(key, value: node)
    }

    private mutating func refuseAlias(at start: YAMLMark, what: String) {
        guard !reportedAlias else { return }
        reportedAlias = true
        diagnostics.append(
            Diagnostic(
                .alias, "YAML \(what) are not allowed in content; write the value out in full",
                at: location(start)))
    }

    private mutating func refuseTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at start: YAMLMark) {
        guard !reportedTag, let tag else { return }
        reportedTag = true
        let name = String(cString: tag).replacingOccurrences(of: "tag:yaml.org,2002:", with: "!!")
        diagnostics.append(
            Diagnostic(
                .yamlTag, "YAML tags such as '\(name)' are not allowed in content; remove the tag",
                at: location(start)))
    }

    static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    static func mark(_ m: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(m.line) + 1, column: Int(m.column) + 1, index: Int(m.index))
    }

    private func location(_ m: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: m.line, column: m.column)
    }
}
