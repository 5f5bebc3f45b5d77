import KYRModel

/// A unit's `sources` name sources of its own document, by the IDs given under `sources:`.
package struct SourceReferenceRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        content.citingDocuments.flatMap { document -> [Diagnostic] in
            let known = document.sources.compactMap { $0.id?.value }
            return document.units.flatMap { key, unit in
                unit.sources.filter { !known.contains($0.value) }.map { reference in
                    Diagnostic(
                        .unknownSource,
                        "'\(key)' cites source '\(reference.value)', which no source of \(document.what) '\(document.id)' "
                            + "has as its id" + Suggestion.clause(for: reference.value, in: known),
                        at: reference.location)
                }
            }
        }
    }
}
