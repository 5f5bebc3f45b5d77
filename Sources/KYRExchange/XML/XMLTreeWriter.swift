import CLibXML2

/// Builds an XML document with libxml2's tree API and serialises it as UTF-8. Structural
/// elements are indented by text nodes this writer adds itself; libxml2's own formatting is
/// off, since it would also indent inside mixed content, where white space is text.
final class XMLTreeWriter {
    typealias Node = xmlNodePtr

    private let document: xmlDocPtr
    private var namespaces: [String: xmlNsPtr] = [:]

    /// A document whose root is `name` in `namespace` (the default namespace), declaring
    /// `prefixes` (prefix to namespace) on the root.
    init(root name: String, namespace: String, prefixes: [(prefix: String, namespace: String)]) {
        _ = XMLEntityGuard.installed
        document = xmlNewDoc("1.0")
        let root = xmlNewDocNode(document, nil, name, nil)!
        xmlDocSetRootElement(document, root)
        let defaultNamespace = xmlNewNs(root, namespace, nil)
        xmlSetNs(root, defaultNamespace)
        namespaces[namespace] = defaultNamespace
        for (prefix, uri) in prefixes { namespaces[uri] = xmlNewNs(root, uri, prefix) }
        self.root = root
    }

    deinit {
        xmlFreeDoc(document)
    }

    let root: Node

    /// A child element `name` of `parent` (in the root's namespace unless `namespace` is given),
    /// on a new line indented by `depth` when `indent` is set.
    @discardableResult
    func element(
        _ name: String, in parent: Node, namespace: String? = nil, attributes: [(String, String)] = [],
        depth: Int? = nil
    ) -> Node {
        if let depth { text("\n" + String(repeating: "  ", count: depth), in: parent) }
        let ns = namespace.flatMap { namespaces[$0] } ?? parent.pointee.ns
        let node = xmlNewDocNode(document, ns, name, nil)!
        for (attribute, value) in attributes { xmlNewProp(node, attribute, value) }
        xmlAddChild(parent, node)
        return node
    }

    /// An attribute in no namespace.
    func attribute(_ name: String, _ value: String, on node: Node) {
        xmlNewProp(node, name, value)
    }

    /// An attribute in a namespace declared on the root (`xml:space` uses libxml2's own).
    func attribute(_ name: String, _ value: String, on node: Node, namespace: String) {
        if namespace == XLIFFNamespace.xml {
            xmlSetProp(node, "xml:" + name, value)
        } else {
            xmlNewNsProp(node, namespaces[namespace], name, value)
        }
    }

    /// Character data; libxml2 escapes it on output.
    func text(_ text: String, in parent: Node) {
        xmlAddChild(parent, xmlNewDocText(document, text))
    }

    /// Closes an indented element: its end tag on its own line at `depth`.
    func close(_ node: Node, depth: Int) {
        text("\n" + String(repeating: "  ", count: depth), in: node)
    }

    /// The document as UTF-8 with an XML declaration, ending with a line break.
    func serialized() -> String {
        text("\n", in: root)
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &memory, &size, "UTF-8", 0)
        defer { kyr_xmlFree(memory) }
        guard let memory else { return "" }
        return String(decoding: UnsafeBufferPointer(start: memory, count: Int(size)), as: UTF8.self)
    }
}
