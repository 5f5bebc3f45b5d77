/// The processing requirements inside one `<unit>`: its parts (segments and ignorables), their
/// languages, white space and target order, and its inline content on each side.
struct UnitConformance {
    let unit: XMLElement
    let fileID: String
    /// Every unit id of the file, for `subFlows` references.
    let unitIDs: Set<String>
    let scope: XLIFFConformance.Scope
    let languages: XLIFFConformance.Languages
    let extraPrefixes: Set<String>

    /// A segment or ignorable, with its source and target.
    struct Part {
        var element: XMLElement
        var index: Int
        var source: XMLElement?
        var target: XMLElement?
        /// Where the target goes when the unit is put together: `order`, or the part's position.
        var order: Int
    }

    func check(_ report: inout XLIFFConformance.Report) {
        let core = XLIFFNamespace.core
        let parts = unit.elements.filter { $0.namespace == core && ($0.name == "segment" || $0.name == "ignorable") }
            .enumerated().map { index, element in
                let target = element.element("target", in: core)
                return Part(
                    element: element, index: index, source: element.element("source", in: core), target: target,
                    order: target?["order"].flatMap { Int($0) } ?? index + 1)
            }
        if !parts.contains(where: { $0.element.name == "segment" }) {
            report.add(unit, "unit '\(unit["id"] ?? "")' has no segment")
        }
        var dataIDs = Set<String>()
        for data in unit.element("originalData", in: core)?.elements("data", in: core) ?? [] {
            let id = data["id"] ?? ""
            if !dataIDs.insert(id).inserted { report.add(data, "the data id '\(id)' is used twice in one unit") }
        }
        checkParts(parts, &report)
        let sides = InlineSides(parts: parts)
        let noteIDs = Set(
            unit.element("notes", in: core)?.elements("note", in: core).compactMap { $0["id"] } ?? [])
        for event in sides.source + sides.target where event.isStart {
            checkAttributes(event.element, dataIDs: dataIDs, noteIDs: noteIDs, codes: sides.codes, &report)
        }
        var inline = InlineConformance(parts: parts, sides: sides)
        inline.check(&report)
    }

    private func checkParts(_ parts: [Part], _ report: inout XLIFFConformance.Report) {
        var sourceIDs = Set<String>()
        var orders = Set<Int>()
        for part in parts {
            if let id = part.element["id"], !sourceIDs.insert(id).inserted {
                report.add(part.element, "the id '\(id)' is used twice among the unit's segments and ignorables")
            }
            if part.element.name == "segment", part.element["subState"] != nil, part.element["state"] == nil {
                report.add(part.element, "subState needs state on the same segment")
            }
            let partScope = scope.entering(part.element)
            let sourceScope = partScope.entering(part.source)
            if let language = sourceScope.language, language.lowercased() != languages.source.lowercased() {
                report.add(
                    part.source ?? part.element, "the source is in '\(language)', not the srcLang '\(languages.source)'"
                )
            }
            guard let target = part.target else { continue }
            let targetScope = partScope.entering(target)
            if let targetLanguage = languages.target {
                if let language = targetScope.language, language.lowercased() != targetLanguage.lowercased() {
                    report.add(target, "the target is in '\(language)', not the trgLang '\(targetLanguage)'")
                }
            } else {
                report.add(target, "a target, but the document declares no trgLang")
            }
            if targetScope.space != sourceScope.space {
                report.add(
                    target,
                    "the target's xml:space ('\(targetScope.space)') differs from its source's ('\(sourceScope.space)')"
                )
            }
            if !(1...parts.count).contains(part.order) {
                report.add(target, "order='\(part.order)' is outside 1...\(parts.count), the unit's parts")
            } else if !orders.insert(part.order).inserted {
                report.add(target, "two targets of the unit take order \(part.order)")
            }
        }
    }

    /// What one inline element's attributes must satisfy on its own.
    private func checkAttributes(
        _ element: XMLElement, dataIDs: Set<String>, noteIDs: Set<String>, codes: [String: XMLElement],
        _ report: inout XLIFFConformance.Report
    ) {
        let isCode = ["ph", "pc", "sc", "ec"].contains(element.name)
        for name in ["dataRef", "dataRefStart", "dataRefEnd"] {
            if let reference = element[name], !dataIDs.contains(reference) {
                report.add(element, "\(name)='\(reference)' names no data of the unit's originalData")
            }
        }
        for name in ["subFlows", "subFlowsStart", "subFlowsEnd"] {
            for reference in (element[name] ?? "").split(separator: " ") where !unitIDs.contains(String(reference)) {
                report.add(element, "\(name) names '\(reference)', which is not a unit of this file")
            }
        }
        if let original = element["copyOf"] {
            if element["dataRef"] != nil || element["dataRefStart"] != nil || element["dataRefEnd"] != nil {
                report.add(element, "a code with copyOf may not have original data of its own")
            }
            if let copied = codes[original] {
                if copied["canCopy"] == "no" {
                    report.add(element, "copyOf='\(original)' copies a code with canCopy='no'")
                }
            } else {
                report.add(element, "copyOf='\(original)' names no code of the unit")
            }
        }
        if isCode {
            if let reorder = element["canReorder"], reorder != "yes",
                element["canCopy"] != "no" || element["canDelete"] != "no"
            {
                report.add(element, "canReorder='\(reorder)' needs canCopy='no' and canDelete='no'")
            }
            if let subType = element["subType"] {
                if let type = element["type"] {
                    let defined = [
                        "xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt",
                        "xlf:var": "ui",
                    ]
                    if subType.hasPrefix("xlf:") {
                        if let wanted = defined[subType] {
                            if wanted != type { report.add(element, "subType='\(subType)' needs type='\(wanted)'") }
                        } else {
                            report.add(element, "subType='\(subType)' is not a value XLIFF defines")
                        }
                    }
                } else {
                    report.add(element, "subType needs type on the same element")
                }
            }
        }
        if element.name == "cp", let hex = element["hex"], let value = UInt32(hex, radix: 16),
            Self.isXMLCharacter(value)
        {
            report.add(element, "cp hex='\(hex)' is a character XML allows; write it as text")
        }
        if element.name == "mrk", element["type"] == "comment" {
            checkComment(element, noteIDs: noteIDs, &report)
        }
    }

    /// A comment annotation has its text in `value` or points with `ref` to a note of this unit.
    private func checkComment(_ element: XMLElement, noteIDs: Set<String>, _ report: inout XLIFFConformance.Report) {
        switch (element["value"], element["ref"]) {
        case (nil, nil): report.add(element, "a comment annotation needs value or ref")
        case (.some, .some): report.add(element, "a comment annotation has value or ref, not both")
        case (nil, .some(let reference)):
            guard reference.hasPrefix("#") else {
                report.add(element, "a comment annotation's ref must point to a note of its unit")
                return
            }
            switch FragmentIdentifier.parse(String(reference.dropFirst()), knownPrefixes: extraPrefixes) {
            case .failure(let error):
                report.add(element, "ref='\(reference)' is not a valid fragment identifier: \(error.message)")
            case .success(let fragment):
                let last = fragment.selectors.last!
                let path = fragment.selectors.dropLast()
                let hasFile = path.contains { $0.prefix == "f" }
                let pointsHere = path.allSatisfy {
                    ($0.prefix == "f" && $0.id == fileID) || ($0.prefix == "u" && $0.id == unit["id"])
                }
                if last.prefix != "n" || !noteIDs.contains(last.id) || !pointsHere
                    || (hasFile && !path.contains { $0.prefix == "u" })
                {
                    report.add(element, "ref='\(reference)' does not point to a note of this unit")
                }
            }
        case (.some, nil): break
        }
    }

    /// XML 1.0's Char production: what may appear as text (cp is for everything else).
    static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }
}
