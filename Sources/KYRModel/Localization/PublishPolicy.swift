/// What may be published in one language, set per language in site.yaml.
package struct PublishPolicy: Sendable, Hashable {
    /// Whether and how a language's pages are published.
    package enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Not published at all (work in progress).
        case never
        /// A page is published only when every unit is current and meets the minimum state;
        /// otherwise readers get the source-language page.
        case complete
        /// Published with each missing, outdated or below-minimum unit shown in the source
        /// language, marked as such.
        case fallback
    }

    package var mode: Mode
    /// The lowest translation state a unit may have to be shown.
    package var minimumState: TranslationState

    package init(mode: Mode = .fallback, minimumState: TranslationState = .draft) {
        self.mode = mode
        self.minimumState = minimumState
    }

    /// The default: publish with fallback, drafts included, with the notices that requires.
    package static let standard = PublishPolicy()
}
