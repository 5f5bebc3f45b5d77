/// The processing requirements of XLIFF 2.0 (core, and the modules' element names and Format
/// Style attributes) that the schema cannot express: unique ids in each scope, paired and
/// consistent inline codes, resolvable data references and fragment identifiers, languages and
/// white-space handling that agree between source and target, target order, and codes that
/// may not be deleted or reordered. A reader runs these after the schema, on a valid document.
///
/// Checked against the OASIS conformance suite (Tests/Fixtures/xliff/core): every valid
/// document passes, every invalid one breaks the schema or one of these.
package struct XLIFFConformance: Sendable {
    /// Fragment-identifier prefixes registered for extensions, besides the modules' own.
    package var extraPrefixes: Set<String>

    package init(extraPrefixes: Set<String> = []) {
        self.extraPrefixes = extraPrefixes
    }

    /// Every broken requirement of the document rooted at `root`, in document order.
    package func problems(in root: XMLElement) -> [XLIFFProblem] {
        var report = Report()
        let sourceLanguage = root["srcLang"] ?? ""
        let targetLanguage = root["trgLang"]
        if !LanguageTagSyntax.isWellFormed(sourceLanguage) {
            report.add(root, "srcLang '\(sourceLanguage)' is not a well-formed language tag (BCP 47)")
        }
        if let targetLanguage, !LanguageTagSyntax.isWellFormed(targetLanguage) {
            report.add(root, "trgLang '\(targetLanguage)' is not a well-formed language tag (BCP 47)")
        }
        checkEveryElement(root, &report)
        let languages = Languages(source: sourceLanguage, target: targetLanguage)
        let scope = Scope().entering(root)
        var fileIDs = Set<String>()
        for file in root.elements("file", in: XLIFFNamespace.core) {
            let id = file["id"] ?? ""
            if !fileIDs.insert(id).inserted { report.add(file, "the file id '\(id)' is used twice") }
            checkFile(file, scope: scope.entering(file), languages: languages, &report)
        }
        return report.problems
    }

    /// The languages the document declares.
    struct Languages {
        var source: String
        var target: String?
    }

    /// What descendants inherit: `xml:lang` and `xml:space`.
    struct Scope {
        var language: String?
        var space = "default"

        func entering(_ element: XMLElement?) -> Scope {
            guard let element else { return self }
            var scope = self
            if let language = element.attribute("lang", in: XLIFFNamespace.xml) { scope.language = language }
            if let space = element.attribute("space", in: XLIFFNamespace.xml) { scope.space = space }
            return scope
        }
    }

    /// Problems found so far.
    struct Report {
        var problems: [XLIFFProblem] = []

        mutating func add(_ element: XMLElement, _ message: String) {
            problems.append(XLIFFProblem(line: element.line, message: message))
        }
    }

    private func checkFile(_ file: XMLElement, scope: Scope, languages: Languages, _ report: inout Report) {
        if let skeleton = file.element("skeleton", in: XLIFFNamespace.core) {
            let hasContent =
                !skeleton.elements.isEmpty || !skeleton.text.allSatisfy { $0.isWhitespace }
            if (skeleton["href"] != nil) == hasContent {
                report.add(
                    skeleton,
                    hasContent
                        ? "a skeleton with href must be empty" : "an empty skeleton must point to its data with href")
            }
        }
        // Every unit and group of the file, however deeply grouped.
        var units: [(unit: XMLElement, scope: Scope)] = []
        var groupIDs = Set<String>()
        var unitIDs = Set<String>()
        var stack: [(element: XMLElement, scope: Scope)] = [(file, scope)]
        while let (container, inherited) = stack.popLast() {
            checkNotesAndExtensions(container, &report)
            for child in container.elements.reversed() where child.namespace == XLIFFNamespace.core {
                if child.name == "group" {
                    let id = child["id"] ?? ""
                    if !groupIDs.insert(id).inserted {
                        report.add(child, "the group id '\(id)' is used twice in its file")
                    }
                    stack.append((child, inherited.entering(child)))
                } else if child.name == "unit" {
                    let id = child["id"] ?? ""
                    if !unitIDs.insert(id).inserted {
                        report.add(child, "the unit id '\(id)' is used twice in its file")
                    }
                    units.append((child, inherited.entering(child)))
                }
            }
        }
        for (unit, unitScope) in units.sorted(by: { $0.unit.line < $1.unit.line }) {
            checkNotesAndExtensions(unit, &report)
            UnitConformance(
                unit: unit, fileID: file["id"] ?? "", unitIDs: unitIDs, scope: unitScope, languages: languages,
                extraPrefixes: extraPrefixes
            ).check(&report)
        }
    }

    /// Note ids unique within their `<notes>`; extension elements' ids unique per namespace
    /// within the file, group or unit that holds them.
    private func checkNotesAndExtensions(_ container: XMLElement, _ report: inout Report) {
        if let notes = container.element("notes", in: XLIFFNamespace.core) {
            var ids = Set<String>()
            for note in notes.elements("note", in: XLIFFNamespace.core) {
                if let id = note["id"], !ids.insert(id).inserted {
                    report.add(note, "the note id '\(id)' is used twice in one notes element")
                }
            }
        }
        var seen = Set<[String]>()
        var stack = container.elements.filter { $0.namespace != XLIFFNamespace.core }
        while let element = stack.popLast() {
            if let id = element["id"] ?? element.attribute("id", in: XLIFFNamespace.xml),
                !seen.insert([element.namespace ?? "", id]).inserted
            {
                report.add(element, "the id '\(id)' is used twice among the \(element.namespace ?? "") elements here")
            }
            stack += element.elements.filter { $0.namespace != XLIFFNamespace.core }
        }
    }

    /// Requirements that hold wherever an element sits: modules define their elements, Format
    /// Style its two attributes and their values, inline codes take no foreign attributes, and
    /// the references of annotations, glossary entries and matches are fragment identifiers.
    private func checkEveryElement(_ root: XMLElement, _ report: inout Report) {
        var stack = [root]
        while let element = stack.popLast() {
            stack += element.elements
            if let namespace = element.namespace, let defined = XLIFFNamespace.moduleElements[namespace],
                !defined.contains(element.name)
            {
                report.add(element, "'\(element.name)' is not an element of the module \(namespace)")
            }
            let isCode =
                element.namespace == XLIFFNamespace.core && ["ph", "pc", "sc", "ec"].contains(element.name)
            var hasFS = false
            var hasSubFS = false
            for attribute in element.attributes {
                if attribute.namespace == XLIFFNamespace.formatStyle {
                    switch attribute.name {
                    case "fs":
                        hasFS = true
                        if !FormatStyle.elements.contains(attribute.value) {
                            report.add(element, "fs:fs='\(attribute.value)' is not an element Format Style allows")
                        }
                        if element.isElement("ec", in: XLIFFNamespace.core), element["isolated"] != "yes" {
                            report.add(element, "fs:fs may be on an ec only when it is isolated")
                        }
                    case "subFs": hasSubFS = true
                    default: report.add(element, "fs:\(attribute.name) is not an attribute of Format Style")
                    }
                }
                if isCode, let namespace = attribute.namespace,
                    ![XLIFFNamespace.xml, XLIFFNamespace.formatStyle, XLIFFNamespace.sizeRestriction].contains(
                        namespace)
                {
                    report.add(
                        element,
                        "the inline code '\(element.name)' may not carry the attribute \(attribute.name) of \(namespace)"
                    )
                }
            }
            if hasSubFS, !hasFS { report.add(element, "fs:subFs needs fs:fs on the same element") }
            let takesReference =
                (element.namespace == XLIFFNamespace.core && ["mrk", "sm"].contains(element.name)
                    && element["type"] != "comment")
                || (element.namespace == XLIFFNamespace.glossary
                    && ["glossEntry", "translation"].contains(element.name))
                || element.isElement("match", in: XLIFFNamespace.matches)
            if takesReference, let reference = element["ref"], let hash = reference.firstIndex(of: "#") {
                if case .failure(let error) = FragmentIdentifier.parse(
                    String(reference[reference.index(after: hash)...]), knownPrefixes: extraPrefixes)
                {
                    report.add(element, "ref='\(reference)' is not a valid fragment identifier: \(error.message)")
                }
            }
        }
    }
}
