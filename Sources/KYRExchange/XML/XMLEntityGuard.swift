import CLibXML2

/// libxml2 loads external entities, DTDs and imported schemas through one process-wide
/// loader. kyr replaces it, once, with one that answers only the W3C schema of the `xml:`
/// attributes, which the XLIFF core schema imports (from kyr's embedded copy), and refuses
/// everything else: nothing libxml2 parses in kyr ever reads a local file or the network,
/// whatever a document or a schema names.
enum XMLEntityGuard {
    /// The embedded `xml.xsd`, NUL-terminated for libxml2 (which copies it into each input).
    private static let xmlSchema: [UInt8] = PackageResources.xml_xsd + [0]

    /// Installs the loader and initialises libxml2; safe to ask for from any thread, runs once.
    static let installed: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader(load)
    }()

    /// The addresses under which the XLIFF core schema may ask for `xml.xsd`: its relative
    /// import (resolved against no base, or any base), and the W3C address.
    static func isXMLSchema(_ url: String) -> Bool {
        url == "http://www.w3.org/2001/xml.xsd" || url == "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"
            || url.hasSuffix("/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd")
    }

    private static let load: xmlExternalEntityLoader = { url, _, context in
        guard let url, XMLEntityGuard.isXMLSchema(String(cString: url)) else { return nil }
        return XMLEntityGuard.xmlSchema.withUnsafeBufferPointer { buffer in
            xmlNewStringInputStream(context, buffer.baseAddress)
        }
    }
}
