import KYRModel

/// A guide's handout as a PDF: composed, broken into pages, each page drawn with its footer.
/// A guide limited to N pages (`print: {max-pages: N}`) is set smaller, step by step, until it
/// fits or its smallest size is reached (the check then warns).
struct HandoutRenderer {
    let publication: Publication
    let paper: PaperSize

    /// One handout laid out: pages of placed items, the footer, the page's geometry.
    struct Layout {
        var pages: [[Flow.Placed]]
        var footer: HandoutFooter
        var style: HandoutStyle
        var bodyTop: Double
        var footerTop: Double
    }

    var pageSize: (width: Double, height: Double) { paper.points }
    var textWidth: Double { pageSize.width - 2 * HandoutStyle.sideMargin }

    /// Lays out `guide` in `language` at `style`.
    func layout(_ guide: Guide, in language: LanguageTag, bilingual: Bool, style: HandoutStyle, setter: Typesetter)
        -> Layout
    {
        let composer = HandoutComposer(
            guide: guide, language: language, publication: publication, setter: setter, style: style, width: textWidth,
            bilingual: bilingual)
        let footer = HandoutFooter(
            guide: guide, language: language, publication: publication, setter: setter, style: style,
            width: textWidth, english: bilingual)
        let footerTop = pageSize.height - HandoutStyle.bottomMargin - footer.height
        let bodyTop = HandoutStyle.topMargin
        let pages = Flow.paginate(composer.flow(), bodyHeight: footerTop - 12 - bodyTop)
        return Layout(pages: pages, footer: footer, style: style, bodyTop: bodyTop, footerTop: footerTop)
    }

    /// The layout that is printed: the standard size, or for a guide with a page limit the
    /// largest size that keeps within it (the smallest when none does). The limit is the
    /// handout's: a bilingual handout holds twice the text and is set at the standard size.
    func fittedLayout(_ guide: Guide, in language: LanguageTag, bilingual: Bool, setter: Typesetter) -> Layout {
        guard let limit = guide.maxPages?.value, !bilingual else {
            return layout(guide, in: language, bilingual: bilingual, style: .standard, setter: setter)
        }
        var last: Layout?
        for scale in HandoutStyle.scales {
            let laid = layout(
                guide, in: language, bilingual: bilingual, style: HandoutStyle(scale: scale), setter: setter)
            if laid.pages.count <= limit { return laid }
            last = laid
        }
        return last!
    }

    /// The handout's PDF.
    func render(_ guide: Guide, in language: LanguageTag, bilingual: Bool) -> [UInt8] {
        let setter = Typesetter(engine: TextEngine(), publication: publication)
        let laid = fittedLayout(guide, in: language, bilingual: bilingual, setter: setter)
        let metadata = self.metadata(guide, language: language, bilingual: bilingual)
        let canvas = PDFCanvas(width: pageSize.width, height: pageSize.height, metadata: metadata)
        let x = HandoutStyle.sideMargin
        for (index, page) in laid.pages.enumerated() {
            for placed in page {
                placed.item.box.draw(canvas, x: x, y: laid.bodyTop + placed.y)
            }
            laid.footer.draw(canvas, x: x, y: laid.footerTop, page: index + 1, pages: laid.pages.count)
            canvas.endPage()
        }
        return PDFUpdate.apply(canvas.finish(), metadata: metadata)
    }

    /// How the handout fits at its smallest size, for the check.
    func fit(_ guide: Guide, in language: LanguageTag) -> HandoutFit {
        let setter = Typesetter(engine: TextEngine(), publication: publication)
        let laid = layout(guide, in: language, bilingual: false, style: .smallest, setter: setter)
        return HandoutFit(
            language: language, fontSize: HandoutStyle.smallest.body, paper: paper,
            pageStarts: laid.pages.map { page in page.lazy.compactMap(\.item.source).first })
    }

    private func metadata(_ guide: Guide, language: LanguageTag, bilingual: Bool) -> PDFMetadata {
        let localized = publication.localized(guide, in: language)
        let variables = publication.site.variables
        var title = PlainTextFormat.plain(localized.title.text, variables: variables)
        if bilingual {
            title += " / " + PlainTextFormat.plain(guide.title, variables: variables)
        }
        return PDFMetadata(
            title: title, author: publication.site.organizationName,
            subject: PlainTextFormat.plain(localized.summary.text, variables: variables), language: language,
            date: guide.legalReview.date)
    }
}
