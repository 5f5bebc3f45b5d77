/// An XML element as kyr reads it: namespace, local name, attributes and children, with the
/// line it starts on. libxml2's tree is copied into these values once, so every later check
/// and the import run on plain Swift values, with no C pointers to free or keep alive.
package struct XMLElement: Sendable, Hashable {
    /// One attribute: its namespace (nil for none), local name and value.
    package struct Attribute: Sendable, Hashable {
        package var namespace: String?
        package var name: String
        package var value: String

        package init(namespace: String?, name: String, value: String) {
            self.namespace = namespace
            self.name = name
            self.value = value
        }
    }

    /// A child: an element, or character data (text and CDATA alike).
    package enum Child: Sendable, Hashable {
        case element(XMLElement)
        case text(String)
    }

    package var namespace: String?
    package var name: String
    package var attributes: [Attribute]
    package var children: [Child]
    /// The line the element starts on (1-based; 0 when libxml2 did not record one).
    package var line: Int

    package init(
        namespace: String?, name: String, attributes: [Attribute] = [], children: [Child] = [], line: Int = 0
    ) {
        self.namespace = namespace
        self.name = name
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the attribute `name` in no namespace.
    package subscript(_ name: String) -> String? {
        attributes.first { $0.namespace == nil && $0.name == name }?.value
    }

    /// The value of the attribute `name` in `namespace`.
    package func attribute(_ name: String, in namespace: String) -> String? {
        attributes.first { $0.namespace == namespace && $0.name == name }?.value
    }

    /// The child elements, in order.
    package var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements named `name` in `namespace`.
    package func elements(_ name: String, in namespace: String?) -> [XMLElement] {
        elements.filter { $0.name == name && $0.namespace == namespace }
    }

    /// The first child element named `name` in `namespace`.
    package func element(_ name: String, in namespace: String?) -> XMLElement? {
        elements.first { $0.name == name && $0.namespace == namespace }
    }

    /// The text of the element and all its descendants, in order.
    package var text: String {
        var out = ""
        var stack: [(children: [Child], next: Int)] = [(children, 0)]
        while let top = stack.last {
            guard top.next < top.children.count else {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next += 1
            switch top.children[top.next] {
            case .text(let text): out += text
            case .element(let element): stack.append((element.children, 0))
            }
        }
        return out
    }

    /// Whether the element is `name` in `namespace`.
    package func isElement(_ name: String, in namespace: String?) -> Bool {
        self.name == name && self.namespace == namespace
    }
}
