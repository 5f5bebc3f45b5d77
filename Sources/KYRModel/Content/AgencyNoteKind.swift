/// What an agency note is about: one agency's agents, the papers agents carry (warrants,
/// detainers), or a subject readers need beside the guides (notes by immigration status). Pages
/// present them differently: "identify the agency" lists agencies as agencies and a note about
/// papers apart, never as one more agency, and leaves a topic out; guides link papers and topics
/// apart from their agencies.
package enum AgencyNoteKind: String, Sendable, Hashable, CaseIterable {
    /// An agency: how to recognise its agents, what they may and may not do (the default).
    case agency
    /// Documents agents carry or show, not an agency.
    case documents
    /// A subject of its own, neither an agency nor papers: it need not say how to recognise anyone.
    case topic
}
