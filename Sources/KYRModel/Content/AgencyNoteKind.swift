/// What an agency note is about: one agency's agents, or the papers agents carry (warrants,
/// detainers). Pages present the two differently: "identify the agency" lists agencies as
/// agencies, and a note about papers as what it is, never as one more agency.
package enum AgencyNoteKind: String, Sendable, Hashable, CaseIterable {
    /// An agency: how to recognise its agents, what they may and may not do (the default).
    case agency
    /// Documents agents carry or show, not an agency.
    case documents
}
