/// Where one source unit stands in one language.
package enum UnitStatus: Sendable, Hashable {
    /// Translated from the current source text.
    case current(TranslationState)
    /// Translated, but from a different source text (or never stamped: `previous` is nil).
    case outdated(TranslationState, previous: String?)
    /// Not translated.
    case missing

    /// Compares the fingerprint a translation was stamped with against the source text now.
    package static func of(source: TranslatableUnit, translation: TranslationFile.Unit?, in file: TranslationFile?)
        -> UnitStatus
    {
        guard let translation, let file else { return .missing }
        let state = file.state(of: translation)
        let stamped = file.stamps[translation.key.value]?.source
        if stamped == source.fingerprint { return .current(state) }
        return .outdated(state, previous: stamped.map(Fingerprint.hex))
    }

    package var isCurrent: Bool {
        if case .current = self { return true }
        return false
    }
}
