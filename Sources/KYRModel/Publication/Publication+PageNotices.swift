extension Publication {
    /// What readers of a page in `language` that shows texts of several documents (a language's
    /// list of guides, "identify the agency") must be told, in the order outputs show it: that a
    /// shown translation is a draft (below `reviewed`), that some shown text is in another
    /// language than the page's (a missing translation, or a document not published in the
    /// language and listed in the source language). Source-language pages need none.
    package func notices(shown texts: [ResolvedText], in language: LanguageTag) -> [Notice] {
        guard language != sourceLanguage else { return [] }
        var notices: [Notice] = []
        if texts.contains(where: { $0.language == language && ($0.state.map { $0 < .reviewed } ?? false) }) {
            notices.append(.draft)
        }
        if texts.contains(where: { $0.language != language }) { notices.append(.fallback) }
        return notices
    }
}
