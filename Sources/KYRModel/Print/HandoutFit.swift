/// How a guide's printed handout fits its paper, after real layout at its smallest font size.
package struct HandoutFit: Sendable {
    /// The language the handout is in.
    package var language: LanguageTag
    /// The body font size, in points.
    package var fontSize: Double
    package var paper: PaperSize
    /// Per page, the first content text printed on it (nil where a page starts with something
    /// no unit wrote): where a handout spills past its limit.
    package var pageStarts: [ResolvedText?]

    package init(language: LanguageTag, fontSize: Double, paper: PaperSize, pageStarts: [ResolvedText?]) {
        self.language = language
        self.fontSize = fontSize
        self.paper = paper
        self.pageStarts = pageStarts
    }

    /// Pages the handout takes.
    package var pages: Int { pageStarts.count }
}
