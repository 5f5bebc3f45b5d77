/// What a unit of a guide or agency note is, which decides how outputs present it.
package enum UnitKind: String, Sendable, Hashable, CaseIterable {
    /// A paragraph.
    case text
    /// Something to do.
    case step
    /// A right the reader has.
    case right
    case warning
    /// Words to say, or read aloud, to an agent.
    case say
    case tip
    /// How to recognise an agency's agents.
    case cue
    /// A document agents carry.
    case document
    /// Something agents may do.
    case may
    /// Something agents may not do.
    case mayNot = "may-not"
    /// A local policy that applies.
    case policy
}

/// Whether a statement rests on official sources (law, agency documents), on news reports,
/// or on reports from community groups.
package enum Basis: String, Sendable, Hashable, CaseIterable {
    case official
    case reported
    case community
}
