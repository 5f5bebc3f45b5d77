import CYAML
import Foundation
import KYRModel

/// Turns libyaml events into a node tree, checking the rules that need the whole mapping
/// (duplicate keys) or the whole stream (one document, nesting depth).
struct TreeBuilder {
    private enum Container {
        case mapping(start: YAMLMark, pairs: [(key: YAMLNode, value: YAMLNode)], pendingKey: YAMLNode?)
        case sequence(start: YAMLMark, items: [YAMLNode])
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
        let start = mark(event.start_mark)
        let end = mark(event.end_mark)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            finished = true
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                fail(Diagnostic(.multipleDocuments, "a content file holds one YAML document; remove the second '---'",
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
            add(YAMLNode(value: .scalar(text, style(s.style)), start: start, end: end))
        case YAML_SEQUENCE_START_EVENT:
            if event.data.sequence_start.anchor != nil { refuseAlias(at: start, what: "anchors") }
            if event.data.sequence_start.tag != nil && event.data.sequence_start.implicit == 0 {
                refuseTag(event.data.sequence_start.tag, at: start)
            }
            open(.sequence(start: start, items: []), at: start)
        case YAML_MAPPING_START_EVENT:
            if event.data.mapping_start.anchor != nil { refuseAlias(at: start, what: "anchors") }
            if event.data.mapping_start.tag != nil && event.data.mapping_start.implicit == 0 {
                refuseTag(event.data.mapping_start.tag, at: start)
            }
            open(.mapping(start: start, pairs: [], pendingKey: nil), at: start)
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
        switch top {
        case .sequence(let start, let items):
            add(YAMLNode(value: .sequence(items), start: start, end: end))
        case .mapping(let start, let pairs, _):
            add(YAMLNode(value: .mapping(pairs), start: start, end: end))
        }
    }

    /// Adds a finished node to the open container, or makes it the root.
    private mutating func add(_ node: YAMLNode) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(let start, var items):
            items.append(node)
            stack.append(.sequence(start: start, items: items))
        case .mapping(let start, var pairs, let pendingKey):
            guard let key = pendingKey else {
                stack.append(.mapping(start: start, pairs: pairs, pendingKey: node))
                return
            }
            if let duplicate = duplicateDiagnostic(key, in: pairs) {
                diagnostics.append(duplicate)
            } else if key.scalar != nil {
                pairs.append((key, node))
            } else {
                diagnostics.append(Diagnostic(.wrongType, "a key must be text, found \(key.kindDescription)",
                                              at: location(key.start)))
            }
            stack.append(.mapping(start: start, pairs: pairs, pendingKey: nil))
        }
    }

    private func duplicateDiagnostic(_ key: YAMLNode, in pairs: [(key: YAMLNode, value: YAMLNode)]) -> Diagnostic? {
        guard let name = key.scalar, let first = pairs.first(where: { $0.key.scalar == name }) else { return nil }
        return Diagnostic(.duplicateKey, "duplicate key '\(name)' (first defined at line \(first.key.start.line), column \(first.key.start.column))",
                          at: location(key.start))
    }

    private mutating func refuseAlias(at start: YAMLMark, what: String) {
        guard !reportedAlias else { return }
        reportedAlias = true
        diagnostics.append(Diagnostic(.alias, "YAML \(what) are not allowed in content; write the value out in full",
                                      at: location(start)))
    }

    private mutating func refuseTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at start: YAMLMark) {
        guard !reportedTag, let tag else { return }
        reportedTag = true
        let name = String(cString: tag).replacingOccurrences(of: "tag:yaml.org,2002:", with: "!!")
        diagnostics.append(Diagnostic(.yamlTag, "YAML tags such as '\(name)' are not allowed in content; remove the tag",
                                      at: location(start)))
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private func mark(_ m: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(m.line) + 1, column: Int(m.column) + 1, index: Int(m.index))
    }

    private func location(_ m: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: m.line, column: m.column)
    }
}
