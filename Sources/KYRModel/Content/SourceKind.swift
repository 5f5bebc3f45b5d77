/// What kind of document a source is, so a claim's stated basis can be checked against what it cites.
package enum SourceKind: String, Sendable, Hashable, CaseIterable {
    /// Issued by a government body, court or legislature: a law, ordinance, regulation, court
    /// opinion or order, or an agency's own page or statement (also a faithful copy of one
    /// hosted elsewhere, when the title says so).
    case official
    /// A news outlet's report, or a repost of one that names the outlet.
    case news
    /// An advocacy, legal-aid or professional organization, a law firm or a legal publisher.
    case organization
    /// A community group, community wiki, blog or other unofficial post.
    case community
}
