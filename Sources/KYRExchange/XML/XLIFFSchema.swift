import CLibXML2
import Foundation

/// The XLIFF 2.0 core schema (embedded, see `Schemas/NOTICE.md`), compiled once per process and
/// shared: libxml2 documents a compiled schema as read-only during validation, so any number of
/// validations may use it side by side, each with its own validation context.
package final class XLIFFSchema: @unchecked Sendable {
    /// The compiled core schema.
    package static let core = XLIFFSchema()

    private let schema: xmlSchemaPtr?

    private init() {
        _ = XMLEntityGuard.installed
        let source = PackageResources.xliff_core_2_0_xsd
        let parser = source.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlSchemaNewMemParserCtxt($0.baseAddress, Int32($0.count)) }
        }
        // Compilation problems would be kyr's bug (the schema is fixed); they are not printed.
        xmlSchemaSetParserStructuredErrors(parser, { _, _ in }, nil)
        schema = parser.flatMap { xmlSchemaParse($0) }
        xmlSchemaFreeParserCtxt(parser)
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// One schema violation: the line of the element and libxml2's message.
    package struct Violation: Sendable, Hashable {
        package var line: Int
        package var message: String
    }

    /// The violations of `document` (an `xmlDocPtr`), at most `limit` of them; empty when valid.
    func validate(_ document: xmlDocPtr, limit: Int = 20) -> [Violation] {
        guard let schema else { return [Violation(line: 0, message: "the XLIFF 2.0 schema could not be compiled")] }
        let context = xmlSchemaNewValidCtxt(schema)
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = Collector(limit: limit)
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSchemaSetValidStructuredErrors(
            context,
            { userData, error in
                guard let userData, let error else { return }
                let collector = Unmanaged<Collector>.fromOpaque(userData).takeUnretainedValue()
                collector.add(line: Int(error.pointee.line), message: error.pointee.message)
            }, box.toOpaque())
        let status = xmlSchemaValidateDoc(context, document)
        if status != 0, collector.violations.isEmpty {
            return [Violation(line: 0, message: "the document is not valid XLIFF 2.0 (libxml2 status \(status))")]
        }
        return collector.violations
    }

    /// Gathers the validator's messages; called back by libxml2 on the validating thread.
    private final class Collector {
        let limit: Int
        var violations: [Violation] = []

        init(limit: Int) {
            self.limit = limit
        }

        func add(line: Int, message: UnsafeMutablePointer<CChar>?) {
            guard violations.count < limit else { return }
            let text = message.map { String(cString: $0) } ?? "invalid"
            violations.append(
                Violation(line: line, message: text.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }
}
