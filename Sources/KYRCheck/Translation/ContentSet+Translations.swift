import KYRModel

extension ContentSet {
    /// The source documents that loaded without errors: what translations are compared with
    /// (comparing with a broken file would only repeat its errors).
    var comparableSources: [any SourceDocument] {
        sourceDocuments.filter { !filesWithErrors.contains($0.file) }
    }

    /// `transform` of each of `documents`, by document, made on all cores.
    static func perDocument<T: Sendable>(
        _ documents: [any SourceDocument], _ transform: @escaping @Sendable (any SourceDocument) -> T
    ) -> [DocumentRef: T] {
        Dictionary(uniqueKeysWithValues: Parallel.map(documents) { ($0.ref, transform($0)) })
    }

    /// The loaded translations by what they translate into which language (the first, should
    /// two files claim the same).
    var translationsByRef: [TranslationRef: TranslationFile] {
        Dictionary(translations.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
