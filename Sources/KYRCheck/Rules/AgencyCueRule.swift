import KYRModel

/// An agency note exists to help people recognise agents (or the papers they show), so it must say
/// how; a topic note recognises no one.
package struct AgencyCueRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        content.agencies.filter { $0.noteKind != .topic && $0.cues.isEmpty }.map { note in
            Diagnostic(
                .noCues, "agency note '\(note.id)' has no unit of kind 'cue' saying how to recognise its agents",
                at: note.name.location)
        }
    }
}
