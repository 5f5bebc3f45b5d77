import KYRModel

/// A guide only refers to agency notes that exist.
package struct AgencyReferenceRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        let present = content.presentSources[.agency] ?? []
        return content.guides.flatMap { guide in
            guide.agencies.filter { !present.contains($0.value) }.map { reference in
                Diagnostic(
                    .unknownAgency,
                    "guide '\(guide.id)' refers to agency '\(reference.value)', which has no note under agencies/"
                        + Suggestion.clause(for: reference.value, in: present.sorted()), at: reference.location)
            }
        }
    }
}
