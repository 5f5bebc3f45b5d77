import KYRModel

/// An agency note exists to help people recognise agents, so it must say how.
package struct AgencyCueRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        content.agencies.filter(\.cues.isEmpty).map { note in
            Diagnostic(
                .noCues, "agency note '\(note.id)' has no unit of kind 'cue' saying how to recognise its agents",
                at: note.name.location)
        }
    }
}
