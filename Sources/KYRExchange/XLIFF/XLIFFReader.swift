/// Reads an XLIFF 2.0 document from untrusted bytes: safely (`SafeXMLReader`), valid against the
/// core schema, and meeting the processing requirements the schema cannot express
/// (`XLIFFConformance`). Anything else is refused with the first problem found.
package enum XLIFFReader {
    /// The document's root `<xliff>` element.
    package static func read(_ bytes: [UInt8], file: String, extraPrefixes: Set<String> = []) throws(RefusedFile)
        -> XMLElement
    {
        let root = try SafeXMLReader.read(bytes, file: file, schema: .core)
        let problems = XLIFFConformance(extraPrefixes: extraPrefixes).problems(in: root)
        if let first = problems.first {
            let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
            throw RefusedFile(
                file: file, line: first.line,
                message: "breaks a processing requirement of XLIFF 2.0: " + first.message + more)
        }
        return root
    }
}
