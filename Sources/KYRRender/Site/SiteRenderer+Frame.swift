import KYRModel

/// What every page needs around its content: head, language switcher, header and footer.
struct PageFrame {
    /// The page's own path.
    var path: String
    var language: PageLanguage
    /// The page's title as plain text (the organization's name is added).
    var title: String
    /// The same page in each language it exists in, as (language, path), in the site's order.
    var versions: [(language: LanguageTag, path: String)]
    /// The version for readers whose language has none (`x-default`).
    var defaultVersion: String?
    /// Where links start: `""`, `../`, ... for ordinary pages; the base URL's path for the 404 page.
    var root: String? = nil
    /// Whether the footer links the translators' page: only a language's start page does, so
    /// readers' pages do not carry a link meant for translators.
    var linksTranslationStatus = false
}

extension SiteRenderer {
    /// The values every template receives (documented in docs/templates.md).
    func frameValues(_ frame: PageFrame) -> TemplateObject {
        let root = frame.root ?? SitePaths.rootPrefix(of: frame.path)
        let isAnchored = frame.root == nil
        func link(_ target: String) -> String {
            isAnchored ? SitePaths.relative(from: frame.path, to: target) : root + target
        }
        let language = frame.language
        // Alternates and the canonical link are absolute addresses: a site with none has neither.
        var alternates: [TemplateObject] = []
        if frame.versions.count > 1, paths.baseURL != nil {
            alternates = frame.versions.compactMap { version in
                paths.absolute(version.path).map {
                    ["hreflang": .string(version.language.identifier), "href": .string($0)]
                }
            }
            if let defaultVersion = frame.defaultVersion, let address = paths.absolute(defaultVersion) {
                alternates.append(["hreflang": "x-default", "href": .string(address)])
            }
        }
        let canonical = paths.absolute(frame.path)
        let switcher: [TemplateObject] = frame.versions.map { version in
            [
                "code": .string(version.language.identifier),
                "name": .string(nativeNames[version.language] ?? version.language.nativeName),
                "dir": .string(PageLanguage.direction(of: version.language)),
                "href": .string(link(version.path)),
                "isCurrent": .bool(version.language == language.language && version.path == frame.path),
            ]
        }
        var values: TemplateObject = [
            "lang": .string(language.language.identifier),
            "dir": .string(language.direction),
            "title": .string(
                frame.title.isEmpty ? site.organizationName : frame.title + " – " + site.organizationName),
            "root": .string(root),
            "stylesheet": .string(link(SitePaths.stylesheet)),
            "hasCanonical": .bool(isAnchored && canonical != nil),
            "canonical": .string(canonical ?? ""),
            "alternates": .objects(alternates),
            "languages": .objects(switcher),
            "hasLanguages": .bool(switcher.count > 1),
            "home": .string(link(SitePaths.languageIndex(language.language))),
            "start": .string(link(SitePaths.root)),
            "agenciesHref": .string(link(SitePaths.agencies(in: language.language))),
            "strings": language.stringsHTMLValue,
            "stringsPlain": language.stringsPlainValue,
            "organization": organizationValue,
            "hasTranslationStatus": .bool(frame.linksTranslationStatus && options.translationStatus != nil),
            "translationStatusHref": .string(link(SitePaths.translationStatus)),
        ]
        if let hotline = site.variables["hotline"], hotline.kind == .phone {
            values["hasHotline"] = true
            values["hotline"] = .string(language.inline.render([.variable("hotline", at: hotline.location)]))
            // Apart, for a large link whose text is the "call" string and the number.
            values["hotlineHref"] = .string(hotline.linkURL ?? "")
            values["hotlineNumber"] = .string(hotline.value)
        } else {
            values["hasHotline"] = false
        }
        return values
    }

    /// The organization, the same on every page.
    var organizationValue: TemplateValue {
        .object([
            "name": .string(site.organizationName), "url": .string(site.organizationURL ?? ""),
            "hasURL": .bool(site.organizationURL != nil),
        ])
    }

    /// The notices a page in `localized.language` must show its readers, in their language:
    /// a draft or unreviewed translation, parts shown in the source language. (Whether a
    /// lawyer reviewed the text is said by the review block.)
    func notices(_ localized: LocalizedDocument, page: PageLanguage, path: String, sourcePath: String)
        -> [TemplateObject]
    {
        noticeValues(
            publication.notices(for: localized).filter { $0 != .notReviewedByLawyer }, page: page, path: path,
            sourcePath: sourcePath)
    }

    /// The notices of a page that shows texts of several documents (a language's list of
    /// guides, "identify the agency"): machine-drafted titles and summaries need them as much as
    /// the guides they lead to.
    func notices(shown texts: [ResolvedText], page: PageLanguage, path: String, sourcePath: String)
        -> [TemplateObject]
    {
        noticeValues(
            publication.notices(shown: texts, in: page.language), page: page, path: path, sourcePath: sourcePath)
    }

    /// Each notice in the reader's language, with the link to the same page in the source language.
    func noticeValues(_ notices: [Notice], page: PageLanguage, path: String, sourcePath: String)
        -> [TemplateObject]
    {
        let english = SitePaths.relative(from: path, to: sourcePath)
        return notices.map { notice in
            [
                "kind": .string(notice.rawValue), "html": .string(page.html(notice.string)), "href": .string(english),
                "hreflang": .string(page.sourceLanguage.identifier), "linkHtml": .string(page.html(.englishVersion)),
                // On a source-language page, "read in English" would lead to the page itself.
                "hasLink": .bool(page.language != page.sourceLanguage && notice.pointsToSourceLanguage),
            ]
        }
    }
}
