import Mustache

/// A set of Mustache templates compiled for rendering kyr's values fast: names split once,
/// partials resolved once, values looked up in typed `TemplateValue`s instead of through
/// swift-mustache's protocol casts and reflection, and every page written into one buffer.
///
/// It renders exactly what swift-mustache renders for the same templates and values (the
/// same parse, ported in `TemplateParser`; the same lookup up the context stack, sections,
/// inverted sections, partials with indentation and HTML escaping). Templates that use a tag
/// it does not implement are not compiled: `init` returns nil and the caller keeps rendering
/// with swift-mustache, so a project's own templates may use every feature swift-mustache has.
struct CompiledTemplates: @unchecked Sendable {
    private let templates: [String: Node]

    /// Compiles every template of `texts` (name → Mustache text); nil when one of them uses a
    /// tag only swift-mustache renders.
    init?(_ texts: [String: String]) {
        var parsed: [String: [TemplateParser.Token]] = [:]
        for (name, text) in texts {
            guard let tokens = try? TemplateParser.parse(text) else { return nil }
            parsed[name] = tokens
        }
        // Partials are resolved after every template is known: each template becomes one
        // shared node, so a partial used on every page is compiled once.
        let holders = parsed.mapValues { _ in Node() }
        for (name, tokens) in parsed {
            holders[name]!.steps = Self.compile(tokens, holders)
        }
        templates = holders
    }

    private static func compile(_ tokens: [TemplateParser.Token], _ holders: [String: Node]) -> [Step] {
        tokens.map { token in
            switch token {
            case .text(let text): .text(text)
            case .variable(let name, let escaped): .variable(Path(name), escaped: escaped)
            case .section(let name, let inner): .section(Path(name), Node(compile(inner, holders)))
            case .invertedSection(let name, let inner): .inverted(Path(name), Node(compile(inner, holders)))
            case .partial(let name, let indentation): .partial(holders[name], indentation: indentation)
            }
        }
    }

    /// Renders `values` with the template called `name`; nil when there is none.
    func render(_ values: TemplateValue, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var out = ""
        out.reserveCapacity(16 * 1024)
        var stack: [TemplateValue] = [values]
        stack.reserveCapacity(8)
        template.render(into: &out, stack: &stack, indentation: nil)
        return out
    }
}

/// A compiled template (or section body): the steps rendered in order.
private final class Node {
    var steps: [Step]

    init(_ steps: [Step] = []) {
        self.steps = steps
    }

    /// Appends the rendering to `out`, as swift-mustache's `MustacheTemplate.render(context:)`:
    /// within an indented partial, every token's non-empty output that starts a new line of
    /// this template's own output is preceded by the indentation.
    func render(into out: inout String, stack: inout [TemplateValue], indentation: String?) {
        guard let indentation, !indentation.isEmpty else {
            for step in steps { step.render(into: &out, stack: &stack, indentation: indentation) }
            return
        }
        let start = out.utf8.count
        for step in steps {
            let before = out.utf8.count
            let atLineStart = before > start && Self.endsWithNewlineCharacter(out, since: start)
            step.render(into: &out, stack: &stack, indentation: indentation)
            if atLineStart && out.utf8.count > before {
                let index = out.utf8.index(out.utf8.startIndex, offsetBy: before)
                out.insert(contentsOf: indentation, at: index)
            }
        }
    }

    /// Whether the output since `start` ends with the character `"\n"` (a line feed not after a
    /// carriage return: `"\r\n"` is one character in Swift).
    private static func endsWithNewlineCharacter(_ text: String, since start: Int) -> Bool {
        let bytes = text.utf8
        guard bytes.last == UInt8(ascii: "\n") else { return false }
        let count = bytes.count
        guard count - start >= 2 else { return true }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != UInt8(ascii: "\r")
    }

    /// Renders with `value` pushed on the context stack.
    func render(with value: TemplateValue, into out: inout String, stack: inout [TemplateValue], indentation: String?) {
        stack.append(value)
        render(into: &out, stack: &stack, indentation: indentation)
        stack.removeLast()
    }
}

/// A name as written (`guide.title.html`), split once.
private struct Path {
    /// `.`: the current value.
    let isCurrent: Bool
    /// A leading dot: look only in the current value, not up the stack.
    let isAnchored: Bool
    let names: [String]

    init(_ name: String) {
        isCurrent = name == "."
        isAnchored = name.first == "."
        names = name.split(separator: ".").map(String.init)
    }
}

private enum Step {
    case text(String)
    case variable(Path, escaped: Bool)
    case section(Path, Node)
    case inverted(Path, Node)
    /// A partial, or nil for a name no template has (which renders nothing).
    case partial(Node?, indentation: String?)

    func render(into out: inout String, stack: inout [TemplateValue], indentation: String?) {
        switch self {
        case .text(let text):
            out += text
        case .variable(let path, let escaped):
            guard let value = Lookup.value(path, in: stack) else { return }
            let text: String
            switch value {
            case .string(let string): text = string
            case .bool(let bool): text = bool ? "true" : "false"
            case .list, .object: text = String(describing: value.any)
            case .other(let other): text = Lookup.describe(other)
            }
            if escaped { Escape.html(text, into: &out) } else { out += text }
        case .section(let path, let node):
            switch Lookup.value(path, in: stack) {
            case nil:
                return
            case .bool(let bool):
                if bool { node.render(into: &out, stack: &stack, indentation: indentation) }
            case .list(let list):
                for element in list { node.render(with: element, into: &out, stack: &stack, indentation: indentation) }
            case let value?:
                node.render(with: value, into: &out, stack: &stack, indentation: indentation)
            }
        case .inverted(let path, let node):
            switch Lookup.value(path, in: stack) {
            case nil:
                node.render(into: &out, stack: &stack, indentation: indentation)
            case .bool(let bool):
                if !bool { node.render(into: &out, stack: &stack, indentation: indentation) }
            case .list(let list):
                // An empty list renders the section with the list as the current value.
                if list.isEmpty { node.render(with: .list(list), into: &out, stack: &stack, indentation: indentation) }
            case .some:
                return
            }
        case .partial(let node, let partialIndentation):
            guard let node else { return }
            let combined: String? =
                if let partialIndentation { (indentation ?? "") + partialIndentation } else { indentation }
            node.render(into: &out, stack: &stack, indentation: combined)
        }
    }
}

/// Finding a name's value up the context stack, as swift-mustache's `getChild`.
private enum Lookup {
    static func value(_ path: Path, in stack: [TemplateValue]) -> TemplateValue? {
        if path.isCurrent { return stack.last }
        if path.isAnchored { return descend(path.names[...], from: stack.last!) }
        guard let first = path.names.first else { return stack.last }
        for object in stack.reversed() {
            if let child = child(first, of: object) {
                return descend(path.names.dropFirst(), from: child)
            }
        }
        return nil
    }

    private static func descend(_ names: ArraySlice<String>, from object: TemplateValue) -> TemplateValue? {
        var object = object
        for name in names {
            guard let child = child(name, of: object) else { return nil }
            object = child
        }
        return object
    }

    private static func child(_ name: String, of object: TemplateValue) -> TemplateValue? {
        switch object {
        case .object(let object): return object[name]
        case .string, .bool, .list: return nil
        case .other(let other):
            // Anything else as swift-mustache finds it: its own protocol, or reflection.
            if let parent = other as? MustacheParent { return parent.child(named: name).map(TemplateValue.init) }
            guard let matched = Mirror(reflecting: other).children.first(where: { $0.label == name }) else {
                return nil
            }
            return unwrap(matched.value).map(TemplateValue.init)
        }
    }

    private static func unwrap(_ object: Any) -> Any? {
        let mirror = Mirror(reflecting: object)
        guard mirror.displayStyle == .optional else { return object }
        return mirror.children.first?.value
    }

    /// How swift-mustache prints a value that is not a string.
    static func describe(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value {
            return String(describing: wrapped)
        }
        return String(describing: value)
    }
}

/// swift-mustache's HTML escaping (`&`, `<`, `>`, `"`, `'`, compared as characters), without
/// work for text that has none of them.
private enum Escape {
    private static let replacements: [Character: String] = [
        "<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;",
    ]

    static func html(_ text: String, into out: inout String) {
        let needsWork = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard needsWork else {
            out += text
            return
        }
        for character in text {
            if let replacement = replacements[character] {
                out += replacement
            } else {
                out.append(character)
            }
        }
    }
}
