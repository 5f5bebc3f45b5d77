import KYRModel

/// The top of the first page: title, summary, QR code, hotline and notices.
extension HandoutComposer {
    /// Title and summary (with their English in a bilingual handout), beside the QR code that
    /// leads to the guide's page in this language, its caption and its address. A site with no
    /// public address (or only a placeholder) gets no code: one that leads nowhere is worse.
    func header() -> any Box {
        let address = publication.address(ofGuide: guide.id, in: localized.language)
        let qrColumn = address == nil ? 0 : HandoutStyle.qrSize + 24
        let textWidth = address == nil ? width : width - qrColumn - 14
        var texts: [any Box] = [
            setter.block(localized.title, text(style.title, bold: true), width: textWidth),
            Spacer(height: 4 * style.scale),
            setter.block(localized.summary, text(style.summary), width: textWidth),
        ]
        if let english {
            texts += [
                Spacer(height: 8 * style.scale),
                setter.block(english.title, text(style.summary + 1, bold: true, color: .muted), width: textWidth),
                Spacer(height: 2 * style.scale),
                setter.block(english.summary, text(style.body, color: .muted), width: textWidth),
            ]
        }
        guard let address else { return Stack(texts) }
        var code: [any Box] = []
        if let qr = QRCode(address, size: HandoutStyle.qrSize) {
            code.append(Columns(columns: [((qrColumn - qr.size) / 2, qr)]))
        }
        var caption = text(style.label, color: .muted)
        caption.alignment = .center
        code.append(setter.block(.scanForMore, in: language, caption, width: qrColumn))
        var link = TextStyle(sourceLanguage, size: style.label * 0.9, color: .muted, alignment: .center)
        link.alignment = .center
        // An address breaks at its slashes, never with an inserted hyphen a reader would type.
        code.append(
            setter.block(
                markup: "<span insert_hyphens=\"false\">" + PangoMarkupFormat.escape(PangoMarkupFormat.printed(address))
                    + "</span>", link, width: qrColumn))
        return columns([(textWidth, Stack(texts)), (qrColumn, Stack(code, spacing: 2))], gap: 14)
    }

    /// The hotline, large, under its name: the one thing a reader must be able to find at once.
    func hotlineBand() -> (any Box)? {
        guard let hotline = publication.site.variables["hotline"], hotline.kind == .phone else { return nil }
        let padding = 7 * style.scale
        let bar = 5.0
        let inner = Framed.innerWidth(width, padding: padding, bar: bar)
        let number = InlineText(
            raw: "{hotline}", location: hotline.location, nodes: [.variable("hotline", at: hotline.location)])
        var lines: [any Box] = [
            setter.block(.hotline, in: language, text(style.summary, bold: true, color: .accent), width: inner),
            setter.block(number, text(style.hotline, bold: true), width: inner),
        ]
        if english != nil, language != sourceLanguage {
            lines.insert(
                setter.block(
                    .hotline, in: sourceLanguage, TextStyle(sourceLanguage, size: style.body, color: .muted),
                    width: inner), at: 1)
        }
        return Framed(
            content: Stack(lines, spacing: 1), width: width, padding: padding, fill: .tint, border: nil,
            bar: (.accent, bar, rightToLeft))
    }

    /// What readers must be told about the text in front of them, as the site tells them: a
    /// draft translation, parts shown in English, no lawyer's review yet (with when it was checked).
    func noticeBoxes() -> [any Box] {
        let padding = 5 * style.scale
        let bar = 3.0
        let inner = Framed.innerWidth(width, padding: padding, bar: bar)
        let checked = publication.language(language).date(guide.legalReview.date)
        return publication.notices(for: localized).map { notice in
            var lines: [any Box] = [
                setter.block(notice.string, in: language, text(style.body, bold: true), width: inner)
            ]
            if notice == .notReviewedByLawyer {
                lines.append(
                    setter.block(.checkedOn, in: language, text(style.body), width: inner, suffix: " " + checked))
            }
            return Framed(
                content: Stack(lines), width: width, padding: padding, fill: nil, border: nil,
                bar: (.warning, bar, rightToLeft))
        }
    }
}
