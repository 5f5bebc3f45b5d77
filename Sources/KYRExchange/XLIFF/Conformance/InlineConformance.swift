/// The requirements between a unit's inline elements: ids unique per side, every `sc` closed
/// by an `ec` after it (or marked isolated) and every `sm` by an `em`, the two halves of a code
/// agreeing on what may be done to it, codes that may not be deleted kept in the target, and
/// sequences that may not be reordered kept in order.
struct InlineConformance {
    let parts: [UnitConformance.Part]
    let sides: InlineSides

    mutating func check(_ report: inout XLIFFConformance.Report) {
        let partIDs = parts.compactMap { $0.element["id"] }
        checkIDs(sides.source, partIDs: partIDs, side: "source", &report)
        checkIDs(sides.target, partIDs: partIDs, side: "target", &report)
        checkPairs(sides.source, &report)
        checkPairs(sides.target, &report)
        checkNonRemovable(&report)
        checkReordering(&report)
    }

    private func checkIDs(
        _ events: [InlineSides.Event], partIDs: [String], side: String, _ report: inout XLIFFConformance.Report
    ) {
        var ids = Set(partIDs)
        for event in events where event.isStart {
            // An ec that is not isolated is named by its sc; an id on it is reported as such.
            let isNamed =
                ["ph", "pc", "sc", "mrk", "sm"].contains(event.element.name)
                || (event.element.name == "ec" && event.element["isolated"] == "yes")
            guard isNamed, let id = event.element["id"] else { continue }
            if !ids.insert(id).inserted {
                report.add(event.element, "the id '\(id)' is used twice in the unit's \(side)")
            }
        }
    }

    /// `sc`/`ec` and `sm`/`em` pairs on one side, in the order the side is read.
    private func checkPairs(_ events: [InlineSides.Event], _ report: inout XLIFFConformance.Report) {
        var openCodes: [String: XMLElement] = [:]
        var isolatedCodes = Set<String>()
        var openMarkers = Set<String>()
        let laterStarts = Set(events.compactMap { $0.element.name == "sc" ? $0.element["id"] : nil })
        let closedCodes = Set(
            events.compactMap {
                $0.element.name == "ec" && $0.element["isolated"] != "yes" ? $0.element["startRef"] : nil
            })
        for event in events where event.isStart {
            let element = event.element
            switch element.name {
            case "sc":
                let id = element["id"] ?? ""
                if element["isolated"] == "yes" {
                    isolatedCodes.insert(id)
                    if closedCodes.contains(id) {
                        report.add(element, "sc '\(id)' is marked isolated, but its ec is in the unit")
                    }
                } else {
                    openCodes[id] = element
                }
            case "ec":
                if element["isolated"] == "yes" {
                    if element["startRef"] != nil {
                        report.add(element, "an isolated ec names its code with id, not startRef")
                    }
                    if element["id"] == nil { report.add(element, "an isolated ec needs an id") }
                    continue
                }
                if element["id"] != nil {
                    report.add(element, "an ec that is not isolated refers to its sc with startRef and has no id")
                }
                guard let reference = element["startRef"] else {
                    report.add(element, "an ec that is not isolated needs startRef (or isolated='yes' and an id)")
                    continue
                }
                if let start = openCodes.removeValue(forKey: reference) {
                    checkAgreement(start, element, &report)
                } else if isolatedCodes.contains(reference) {
                    continue  // reported at the sc
                } else if laterStarts.contains(reference) {
                    report.add(element, "ec startRef='\(reference)' comes before its sc")
                } else {
                    report.add(element, "ec startRef='\(reference)' names no sc of the unit")
                }
            case "sm":
                openMarkers.insert(element["id"] ?? "")
            case "em":
                let reference = element["startRef"] ?? ""
                if openMarkers.remove(reference) == nil {
                    report.add(element, "em startRef='\(reference)' names no sm before it")
                }
            default:
                break
            }
        }
        for (id, start) in openCodes.sorted(by: { $0.key < $1.key }) {
            report.add(start, "sc '\(id)' has no ec in the unit; an sc without one must be isolated='yes'")
        }
        for event in events where event.element.name == "sm" && openMarkers.contains(event.element["id"] ?? "") {
            report.add(event.element, "sm '\(event.element["id"] ?? "")' has no em after it")
        }
    }

    /// An `ec` says what may be done to its code exactly as its `sc` does (for `canReorder`,
    /// an `sc` that starts a sequence with `firstNo` is closed by `no`).
    private func checkAgreement(_ start: XMLElement, _ end: XMLElement, _ report: inout XLIFFConformance.Report) {
        for name in ["canCopy", "canDelete", "canOverlap"] {
            if let value = end[name], value != (start[name] ?? "yes") {
                report.add(end, "the ec has \(name)='\(value)', its sc '\(start[name] ?? "yes")'")
            }
        }
        if let value = end["canReorder"] {
            let wanted = start["canReorder"] == "firstNo" ? "no" : (start["canReorder"] ?? "yes")
            if value != wanted {
                report.add(end, "the ec has canReorder='\(value)'; with its sc it must be '\(wanted)'")
            }
        }
    }

    /// A code of a segment's source with canDelete='no' is somewhere in the unit's targets
    /// wherever that segment has a target.
    private func checkNonRemovable(_ report: inout XLIFFConformance.Report) {
        let targetKeys = Set(sides.target.compactMap(\.codeKey))
        for part in parts where part.target != nil {
            for event in sides.sourceByPart[part.index] where event.isStart && event.element["canDelete"] == "no" {
                if let key = event.codeKey, !targetKeys.contains(key) {
                    report.add(
                        part.target!,
                        "the target lacks the code \(event.element.name) '\(key.split(separator: ":").last ?? "")', which may not be deleted"
                    )
                }
            }
        }
    }

    /// Codes with canReorder='no' follow one with 'firstNo' (a sequence); in a target, each
    /// sequence keeps its order and nothing comes between codes that are adjacent in the source.
    private func checkReordering(_ report: inout XLIFFConformance.Report) {
        var sequences: [Set<String>] = []
        var open = false
        for event in sides.source where event.isStart && event.element.name != "ec" {
            guard let key = event.codeKey else { continue }
            switch event.element["canReorder"] ?? "yes" {
            case "firstNo":
                sequences.append([key])
                open = true
            case "no":
                if open {
                    sequences[sequences.count - 1].insert(key)
                } else {
                    report.add(event.element, "canReorder='no' must follow a code with canReorder='firstNo' or 'no'")
                }
            default:
                open = false
            }
        }
        guard !sequences.isEmpty else { return }
        for part in parts where part.target != nil {
            let source = sides.sourceByPart[part.index].filter { $0.codeKey != nil }
            let target = sides.targetByPart[part.index].filter { $0.codeKey != nil }
            for sequence in sequences {
                let inSource = source.enumerated().filter { sequence.contains($0.element.codeKey!) }
                let inTarget = target.enumerated().filter { sequence.contains($0.element.codeKey!) }
                guard !inSource.isEmpty, !inTarget.isEmpty else { continue }
                let keptOrder = inSource.map { $0.element.codeToken } == inTarget.map { $0.element.codeToken }
                let keptTogether =
                    keptOrder
                    && inSource.indices.dropLast().allSatisfy { k in
                        inSource[k + 1].offset != inSource[k].offset + 1
                            || inTarget[k + 1].offset == inTarget[k].offset + 1
                    }
                if !keptTogether {
                    report.add(part.target!, "codes that may not be reordered (canReorder) are moved in the target")
                }
            }
        }
    }
}
