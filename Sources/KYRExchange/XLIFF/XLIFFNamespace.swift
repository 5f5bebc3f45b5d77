/// The namespaces of XLIFF 2.0 core and its modules, and what each module defines: a reader
/// must refuse an element a module does not define (the schema alone cannot, since documents
/// may carry any other namespace).
package enum XLIFFNamespace {
    package static let core = "urn:oasis:names:tc:xliff:document:2.0"
    package static let xml = "http://www.w3.org/XML/1998/namespace"
    package static let formatStyle = "urn:oasis:names:tc:xliff:fs:2.0"
    package static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"
    package static let matches = "urn:oasis:names:tc:xliff:matches:2.0"
    package static let glossary = "urn:oasis:names:tc:xliff:glossary:2.0"
    package static let resourceData = "urn:oasis:names:tc:xliff:resourcedata:2.0"
    package static let changeTracking = "urn:oasis:names:tc:xliff:changetracking:2.0"
    package static let sizeRestriction = "urn:oasis:names:tc:xliff:sizerestriction:2.0"
    package static let validation = "urn:oasis:names:tc:xliff:validation:2.0"

    /// The elements each module defines (XLIFF 2.0, part 3).
    static let moduleElements: [String: Set<String>] = [
        formatStyle: [],
        metadata: ["metadata", "metaGroup", "meta"],
        matches: ["matches", "match"],
        glossary: ["glossary", "glossEntry", "term", "translation", "definition"],
        resourceData: ["resourceData", "resourceItem", "resourceItemRef", "source", "target", "reference"],
        changeTracking: ["changeTrack", "revisions", "revision", "item"],
        sizeRestriction: ["profiles", "normalization", "data"],
        validation: ["validation", "rule"],
    ]

    /// The fragment-identifier prefixes the modules register (XLIFF 2.0, 3.3: "Fragment Identification").
    static let modulePrefixes: Set<String> = ["ctr", "gls", "mda", "mtc", "res", "slr", "val", "fs"]

    /// The prefixes of core selectors: file, group, unit, note, data, target inline element.
    static let corePrefixes: Set<String> = ["f", "g", "u", "n", "d", "t"]
}
