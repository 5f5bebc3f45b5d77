import KYRModel

/// Wallet cards as PDFs: `cards.pdf`, per guide a sheet of ten fronts followed by a sheet of
/// their backs, for office printers; and `card-<id>.pdf`, one card's front and back with bleed,
/// for print shops.
struct CardRenderer {
    let publication: Publication
    let paper: PaperSize

    /// The sheets of every guide in `guides` that has card lines, in one document.
    func sheets(_ guides: [Guide], in language: LanguageTag) -> [UInt8] {
        let setter = Typesetter(engine: TextEngine(), publication: publication)
        let sheet = CardSheet(paper: paper)
        let title = PlainTextFormat.plain(
            setter.string(.cardTitle, in: language).text, variables: publication.site.variables)
        let metadata = PDFMetadata(
            title: title, author: publication.site.organizationName,
            subject: guides.map {
                PlainTextFormat.plain(
                    publication.localized($0, in: language).title.text, variables: publication.site.variables)
            }.joined(separator: "; "),
            language: language, date: guides.map(\.legalReview.date).max() ?? publication.today)
        let canvas = PDFCanvas(width: sheet.size.width, height: sheet.size.height, metadata: metadata)
        for guide in guides where !guide.card.isEmpty {
            let faces = CardComposer(guide: guide, language: language, publication: publication, setter: setter)
                .fitted()
            drawSheet(canvas, sheet) { slot in (sheet.front(slot), faces.front) }
            drawSheet(canvas, sheet) { slot in (sheet.back(slot), faces.back) }
        }
        return PDFUpdate.apply(canvas.finish(), metadata: metadata)
    }

    /// One sheet: the face each slot gets at its position, then the crop marks.
    func drawSheet(_ canvas: PDFCanvas, _ sheet: CardSheet, _ face: (Int) -> ((x: Double, y: Double), CardFace)) {
        for slot in 0..<CardSheet.slots {
            let (position, card) = face(slot)
            card.draw(canvas, x: position.x, y: position.y, bleed: 0)
        }
        sheet.drawCropMarks(canvas)
        canvas.endPage()
    }

    /// One card, front then back, each page the card plus 1/8 in of bleed on every side.
    func single(_ guide: Guide, in language: LanguageTag) -> [UInt8] {
        let setter = Typesetter(engine: TextEngine(), publication: publication)
        let faces = CardComposer(guide: guide, language: language, publication: publication, setter: setter).fitted()
        let bleed = CardStyle.bleed
        let metadata = PDFMetadata(
            title: PlainTextFormat.plain(
                publication.localized(guide, in: language).title.text, variables: publication.site.variables),
            author: publication.site.organizationName,
            subject: PlainTextFormat.plain(
                setter.string(.cardTitle, in: language).text, variables: publication.site.variables),
            language: language, date: guide.legalReview.date)
        let canvas = PDFCanvas(
            width: CardStyle.width + 2 * bleed, height: CardStyle.height + 2 * bleed, metadata: metadata)
        for face in [faces.front, faces.back] {
            face.draw(canvas, x: bleed, y: bleed, bleed: bleed)
            canvas.endPage()
        }
        return PDFUpdate.apply(canvas.finish(), metadata: metadata)
    }
}
