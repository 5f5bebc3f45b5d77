import KYRModel

/// "Based on law or official documents" must mean what it says: a unit with `basis: official`
/// cites at least one of its document's sources whose `kind` is `official`.
package struct OfficialBasisRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        content.citingDocuments.flatMap { document -> [Diagnostic] in
            let official = Set(document.sources.filter { $0.kind == .official }.compactMap { $0.id?.value })
            let known = Set(document.sources.compactMap { $0.id?.value })
            return document.units.filter { $0.unit.basis == .official }.compactMap { key, unit in
                if unit.sources.contains(where: { official.contains($0.value) }) { return nil }
                // A citation of a source that does not exist is already an error (unknown-source).
                if unit.sources.contains(where: { !known.contains($0.value) }) { return nil }
                let problem =
                    unit.sources.isEmpty
                    ? "cites no source"
                    : "cites no source of kind 'official' (it cites \(unit.sources.map { "'\($0.value)'" }.joined(separator: ", ")))"
                return Diagnostic(
                    .unsourcedOfficial,
                    "'\(key)' has basis 'official' but \(problem); list the law, court order or "
                        + "official document it rests on under the unit's sources, or use basis 'reported' or 'community'",
                    at: unit.id.location)
            }
        }
    }
}
