extension LocalizedDocument {
    /// What readers of this document must be told, in the order outputs show it: that shown
    /// translations are drafts, that some text is in the source language, that no lawyer has
    /// reviewed the text, that the text changed after its last review. `shown` limits the first two to the texts an output shows (a text
    /// message shows a few units, and must not say "this part is in English" when none of
    /// them is); nil means the whole document, as pages and plain texts show it.
    package func notices(shown: [ResolvedText]? = nil) -> [Notice] {
        var notices: [Notice] = []
        if !isSource {
            let isDraft = shown.map { $0.contains { $0.state.map { $0 < .reviewed } ?? false } } ?? isUnreviewed
            if isDraft { notices.append(.draft) }
            // No "outdated" notice: the localizer never shows an outdated unit, it falls back, so
            // what readers see is either current or marked as the source language.
            if shown.map({ $0.contains(where: \.isFallback) }) ?? hasFallback { notices.append(.fallback) }
        }
        if let reviewed = document as? any ReviewedDocument {
            if !reviewed.legalReview.isReviewedByLawyer { notices.append(.notReviewedByLawyer) }
            if reviewed.changedSinceReview { notices.append(.changedSinceReview) }
        }
        return notices
    }
}
