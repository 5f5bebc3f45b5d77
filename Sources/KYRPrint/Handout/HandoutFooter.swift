import KYRModel

/// The foot of every handout page: who publishes it, whether a lawyer reviewed it and when it
/// was checked, "not legal advice", and the page number.
struct HandoutFooter {
    private let text: any Box
    private let pageWidth: Double
    private let numberWidth = 64.0
    private let setter: Typesetter
    private let language: LanguageTag
    private let style: HandoutStyle
    private let width: Double

    init(
        guide: Guide, language: LanguageTag, publication: Publication, setter: Typesetter, style: HandoutStyle,
        width: Double, english: Bool
    ) {
        self.setter = setter
        self.language = language
        self.style = style
        self.width = width
        pageWidth = width
        let textWidth = width - numberWidth - 10
        let published = publication.language(language)
        let review = guide.legalReview
        let small = TextStyle(language, size: style.footer, color: .muted)
        var lines: [any Box] = []
        let status: any Box =
            review.isReviewedByLawyer
            ? setter.block(
                .reviewedOn, in: language, small, width: textWidth,
                suffix: " " + published.date(review.date) + (review.reviewer.map { " (\($0))" } ?? "") + ".")
            : setter.block(
                markup: Self.sentence(setter, .notReviewed, language) + " "
                    + Self.sentence(setter, .checkedOn, language) + " "
                    + PangoMarkupFormat.escape(published.date(review.date)) + ".",
                small, width: textWidth)
        lines.append(status)
        lines.append(
            setter.block(
                markup: PangoMarkupFormat.escape(publication.site.organizationName) + " · "
                    + Self.sentence(setter, .notLegalAdvice, language), small, width: textWidth))
        if english, language != publication.sourceLanguage {
            lines.append(
                setter.block(
                    .notLegalAdvice, in: publication.sourceLanguage, small.inLanguage(publication.sourceLanguage),
                    width: textWidth))
        }
        text = Stack(lines, spacing: 1)
    }

    var height: Double { text.height + 6 }

    /// Draws the footer with its top at `y`, numbered `page` of `pages`.
    func draw(_ canvas: PDFCanvas, x: Double, y: Double, page: Int, pages: Int) {
        canvas.fill(x: x, y: y, width: width, height: 0.5, color: .rule)
        let rightToLeft = language.isRightToLeft
        var numberStyle = TextStyle(language, size: style.footer, bold: true, color: .muted, alignment: .end)
        numberStyle.alignment = .end
        // "1 / 3" reads left to right in every language, Arabic too.
        let count = "\(page) / \(pages)"
        let number = setter.block(
            .page, in: language, numberStyle, width: numberWidth,
            suffix: " "
                + (rightToLeft
                    ? PangoMarkupFormat.leftToRightIsolate + count + PangoMarkupFormat.popDirectionalIsolate : count))
        let row = Columns.along(
            [(width - numberWidth - 10, text), (numberWidth, number)], gap: 10, total: width, rightToLeft: rightToLeft)
        row.draw(canvas, x: x, y: y + 6)
    }

    /// An interface string's markup in the page's language (footers run strings together).
    private static func sentence(_ setter: Typesetter, _ string: InterfaceString, _ language: LanguageTag) -> String {
        let resolved = setter.string(string, in: language)
        return setter.markup(resolved.text, rightToLeft: language.isRightToLeft)
    }
}
