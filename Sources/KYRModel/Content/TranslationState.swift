/// How far a translation has come: machine or unreviewed draft, translated by a person, or reviewed.
package enum TranslationState: String, Sendable, Hashable, CaseIterable, Comparable {
    case draft
    case translated
    case reviewed

    package static func < (lhs: TranslationState, rhs: TranslationState) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
