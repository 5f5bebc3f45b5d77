import CLibXML2

/// Reads an XML file that came from outside (a translator's tool, or an attacker) into
/// `XMLElement`s, refusing before anything in it is used:
///
/// - files over `maxBytes`, before parsing;
/// - any document with a DOCTYPE: libxml2's own parser reports the declaration through a SAX
///   callback, which stops the parse there, before a single entity is declared or expanded.
///   XLIFF never needs one, and DTDs are how XXE (an entity naming a local file) and "billion
///   laughs" (entities that expand exponentially) reach a parser;
/// - anything not well-formed (an undeclared entity reference included);
/// - nesting deeper than `maxDepth`;
/// - with a schema, anything that schema does not allow.
///
/// libxml2 runs with no network, no entity substitution, no DTD loading or validation, no
/// XInclude, and no "huge" mode (its own limits on text and depth stay on); the process-wide
/// entity loader refuses every external resource (`XMLEntityGuard`).
package enum SafeXMLReader {
    /// The largest file read: far more than a language's whole content as XLIFF.
    package static let maxBytes = 16 << 20
    /// The deepest element nesting read: XLIFF needs six levels, kyr's inline markup at most 32 more.
    package static let maxDepth = 64

    static let options: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// The root element of `bytes`, checked against `schema` when given; `file` names it in errors.
    package static func read(_ bytes: [UInt8], file: String, schema: XLIFFSchema? = nil) throws(RefusedFile)
        -> XMLElement
    {
        _ = XMLEntityGuard.installed
        guard bytes.count <= maxBytes else {
            throw RefusedFile(
                file: file,
                message: "the file is \(bytes.count) bytes; kyr reads XML files of at most \(maxBytes) bytes (16 MiB)")
        }
        guard !bytes.isEmpty else { throw RefusedFile(file: file, message: "the file is empty") }
        let result: Result<XMLElement, RefusedFile> = bytes.withUnsafeBufferPointer { buffer in
            let context = buffer.withMemoryRebound(to: CChar.self) {
                xmlCreateMemoryParserCtxt($0.baseAddress, Int32($0.count))
            }
            guard let context else {
                return .failure(RefusedFile(file: file, message: "libxml2 could not start a parser"))
            }
            defer { xmlFreeParserCtxt(context) }
            let sawDoctype = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
            sawDoctype.pointee = 0
            defer { sawDoctype.deallocate() }
            xmlCtxtUseOptions(context, options)
            context.pointee._private = UnsafeMutableRawPointer(sawDoctype)
            context.pointee.sax.pointee.internalSubset = { parser, _, _, _ in SafeXMLReader.refuseDoctype(parser) }
            // Belt and braces: were a declaration ever to reach the entity handler, it stops there too.
            context.pointee.sax.pointee.entityDecl = { parser, _, _, _, _, _ in SafeXMLReader.refuseDoctype(parser) }
            context.pointee.sax.pointee.externalSubset = nil
            xmlParseDocument(context)
            let document = context.pointee.myDoc
            defer { if let document { xmlFreeDoc(document) } }
            if sawDoctype.pointee != 0 {
                return .failure(
                    RefusedFile(
                        file: file, line: Int(xmlSAX2GetLineNumber(context)),
                        message:
                            "the document has a DOCTYPE (a document type declaration); kyr refuses them: XLIFF never needs one, and they are how entities that read local files (XXE) or expand without bound (billion laughs) get in"
                    ))
            }
            guard context.pointee.wellFormed != 0, let document, let root = xmlDocGetRootElement(document) else {
                return .failure(wellFormednessError(context, file: file))
            }
            if let schema {
                let violations = schema.validate(document)
                if let first = violations.first {
                    let more = violations.count > 1 ? " (and \(violations.count - 1) more)" : ""
                    return .failure(
                        RefusedFile(
                            file: file, line: first.line,
                            message: "not valid against the XLIFF 2.0 core schema: " + first.message + more))
                }
            }
            return Result { () throws(RefusedFile) in try convert(root, document: document, file: file, depth: 1) }
        }
        return try result.get()
    }

    /// Called by libxml2 at `<!DOCTYPE` (and at any entity declaration): marks the parse as
    /// refused and stops it.
    private static func refuseDoctype(_ parser: UnsafeMutableRawPointer?) {
        guard let parser else { return }
        let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
        context.pointee._private?.assumingMemoryBound(to: Int32.self).pointee = 1
        xmlStopParser(context)
    }

    private static func wellFormednessError(_ context: xmlParserCtxtPtr, file: String) -> RefusedFile {
        guard let error = xmlCtxtGetLastError(context), let message = error.pointee.message else {
            return RefusedFile(file: file, message: "not well-formed XML")
        }
        var text = String(cString: message).trimmingTrailingNewlines
        if text.hasPrefix("Excessive depth") {
            text = "elements nested too deeply (libxml2 stops at 256 levels; kyr reads at most \(maxDepth))"
        }
        return RefusedFile(
            file: file, line: Int(error.pointee.line), column: Int(error.pointee.int2),
            message: "not well-formed XML: " + text)
    }

    /// Copies an element and its subtree out of libxml2.
    private static func convert(_ node: xmlNodePtr, document: xmlDocPtr, file: String, depth: Int) throws(RefusedFile)
        -> XMLElement
    {
        let line = Int(xmlGetLineNo(node))
        guard depth <= maxDepth else {
            throw RefusedFile(
                file: file, line: line, message: "elements nested more than \(maxDepth) levels deep; kyr refuses that")
        }
        var element = XMLElement(
            namespace: node.pointee.ns.map { string($0.pointee.href) }, name: string(node.pointee.name), line: line)
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = xmlNodeListGetString(document, current.pointee.children, 1)
            element.attributes.append(
                XMLElement.Attribute(
                    namespace: current.pointee.ns.map { string($0.pointee.href) }, name: string(current.pointee.name),
                    value: value.map { String(cString: $0) } ?? ""))
            kyr_xmlFree(value)
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(
                    .element(try convert(current, document: document, file: file, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = string(current.pointee.content)
                if case .text(let previous)? = element.children.last {
                    element.children[element.children.count - 1] = .text(previous + text)
                } else {
                    element.children.append(.text(text))
                }
            case XML_ENTITY_REF_NODE, XML_ENTITY_NODE:
                throw RefusedFile(file: file, line: line, message: "an entity reference; kyr refuses entities")
            default:
                break  // comments and processing instructions carry nothing kyr reads
            }
            child = current.pointee.next
        }
        return element
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.last == "\n" || text.last == "\r" || text.last == " " { text.removeLast() }
        return text
    }
}
