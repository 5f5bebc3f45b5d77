import KYRModel

extension SiteRenderer {
    /// A language's start page (template `index`): every guide, with its summary. Guides not
    /// published in the language link to the source-language page and say so by their `lang`.
    func indexValues(_ language: LanguageTag) -> TemplateObject {
        let page = pageLanguages[language]!
        let path = SitePaths.languageIndex(language)
        var values = frameValues(
            PageFrame(
                path: path, language: page, title: page.plain(.guides),
                versions: languages.map { ($0, SitePaths.languageIndex($0)) },
                defaultVersion: SitePaths.root, linksTranslationStatus: true
            ))
        var shown: [ResolvedText] = []
        values["guides"] = .objects(
            guides.map { guide -> TemplateObject in
                var link = documentLink(guide, name: { $0.title }, from: path, page: page) {
                    SitePaths.guide(guide.id, in: $0)
                }
                let localized = publication.shown(guide, in: language)
                shown += [localized.title, localized.summary]
                link["summary"] = .object(page.text(localized.summary))
                link["id"] = .string(guide.id)
                return link
            })
        let notices = notices(
            shown: shown, page: page, path: path, sourcePath: SitePaths.languageIndex(sourceLanguage))
        values["notices"] = .objects(notices)
        values["hasNotices"] = .bool(!notices.isEmpty)
        return values
    }

    /// The language picker at the site root (template `root`): each language named in itself.
    func rootValues() -> TemplateObject {
        let page = pageLanguages[sourceLanguage]!
        var values = frameValues(
            PageFrame(
                path: SitePaths.root, language: page, title: "",
                versions: languages.map { ($0, SitePaths.languageIndex($0)) }, defaultVersion: nil
            ))
        // The picker is the page itself; it is not a version of any other page.
        values["alternates"] = .list([])
        values["choices"] = .objects(
            languages.map { language -> TemplateObject in
                [
                    "code": .string(language.identifier),
                    "name": .string(nativeNames[language] ?? language.nativeName),
                    "dir": .string(PageLanguage.direction(of: language)),
                    "href": .string(SitePaths.languageIndex(language)),
                    "prompt": .string(pageLanguages[language]!.html(.chooseLanguage)),
                ]
            })
        return values
    }

    /// The 404 page (template `not-found`). Hosts serve it at any address, so its links start
    /// at the base URL's path instead of being relative to where it was written.
    func notFoundValues() -> TemplateObject {
        let page = pageLanguages[sourceLanguage]!
        let root = paths.basePath
        var values = frameValues(
            PageFrame(
                path: SitePaths.notFound, language: page, title: page.plain(.pageNotFound),
                versions: [], defaultVersion: nil, root: root
            ))
        values["choices"] = .objects(
            languages.map { language -> TemplateObject in
                let strings = pageLanguages[language]!
                return [
                    "code": .string(language.identifier),
                    "name": .string(nativeNames[language] ?? language.nativeName),
                    "dir": .string(PageLanguage.direction(of: language)),
                    "href": .string(root + SitePaths.languageIndex(language)),
                    "notFound": .string(strings.html(.pageNotFound)),
                    "back": .string(strings.html(.backToStart)),
                ]
            })
        return values
    }

    /// The translators' page: where each language stands, from `SiteOptions.translationStatus`.
    func translationStatusValues() -> TemplateObject {
        let page = pageLanguages[sourceLanguage]!
        var values = frameValues(
            PageFrame(
                path: SitePaths.translationStatus, language: page, title: page.plain(.translationStatus),
                versions: [], defaultVersion: nil
            ))
        values["coverage"] = TemplateValue(options.translationStatus?.templateValues() ?? [:])
        return values
    }
}
