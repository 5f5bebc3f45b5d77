/// What may be published in one language, set per language in site.yaml.
public struct PublishPolicy: Sendable, Hashable {
    /// Whether and how a language's pages are published.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Not published at all (work in progress).
        case never
        /// A page is published only when every unit is current and meets the minimum state;
        /// otherwise readers get the source-language page.
        case complete
        /// Published with each missing, outdated or below-minimum unit shown in the source
        /// language, marked as such.
        case fallback
    }

    public var mode: Mode
    /// The lowest translation state a unit may have to be shown.
    public var minimumState: TranslationState

    public init(mode: Mode = .fallback, minimumState: TranslationState = .draft) {
        self.mode = mode
        self.minimumState = minimumState
    }

    /// The default: publish with fallback, drafts included, with the notices that requires.
    public static let standard = PublishPolicy()
}
