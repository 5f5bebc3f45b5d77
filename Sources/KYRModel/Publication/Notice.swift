/// Something readers of a document must be told about the text in front of them, whatever the
/// output: a card, a message and a page all carry the same notices.
package enum Notice: String, Sendable, Hashable, CaseIterable {
    /// Some shown translations are drafts or not reviewed.
    case draft
    /// Some units are shown in the source language.
    case fallback
    /// No lawyer has reviewed the source text.
    case notReviewedByLawyer = "not-reviewed-by-lawyer"
    /// The source text changed after its last review (or check) date.
    case changedSinceReview = "changed-since-review"

    /// Whether reading the source language is a way out: for a draft or a partial translation,
    /// not for a text no lawyer reviewed or that changed since, which the source shares.
    package var pointsToSourceLanguage: Bool { self == .draft || self == .fallback }

    /// The interface string that says it in an SMS, where every character counts.
    package var shortString: InterfaceString {
        switch self {
        case .draft: .draftNoticeShort
        case .fallback: .fallbackNoticeShort
        case .notReviewedByLawyer: .notReviewed
        case .changedSinceReview: .changedSinceReview
        }
    }

    /// The interface string that says it.
    package var string: InterfaceString {
        switch self {
        case .draft: .draftNotice
        case .fallback: .fallbackNotice
        case .notReviewedByLawyer: .notReviewed
        case .changedSinceReview: .changedSinceReview
        }
    }
}
