/// A source document a legal review covers: a guide or an agency note.
package protocol ReviewedDocument: SourceDocument {
    var legalReview: LegalReview { get }
}

extension Guide: ReviewedDocument {}
extension AgencyNote: ReviewedDocument {}

extension ReviewedDocument {
    /// The fingerprint of the text a review covers: every translatable unit's key and text, in
    /// reading order. Sources, kinds and review data are not in it: a review vouches for what
    /// the text says.
    package var reviewedTextFingerprint: UInt64 {
        Fingerprint.combined(translatableUnits.map { ($0.key, $0.fingerprint) })
    }

    /// Whether the text changed after its last review: the review records the fingerprint of the
    /// text it covered, and the text now has another. A review that records none is taken at
    /// its word (the check asks for one).
    package var changedSinceReview: Bool {
        guard let recorded = legalReview.fingerprint else { return false }
        return recorded.value != reviewedTextFingerprint
    }
}
