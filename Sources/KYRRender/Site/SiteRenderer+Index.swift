import KYRModel

extension SiteRenderer {
    /// A language's start page (template `index`): every guide, with its summary. Guides not
    /// published in the language link to the source-language page and say so by their `lang`.
    func indexValues(_ language: LanguageTag) -> [String: Any] {
        let page = pageLanguages[language]!
        let path = SitePaths.languageIndex(language)
        var values = frameValues(
            PageFrame(
                path: path, language: page, title: page.plain(.guides),
                versions: languages.map { ($0, SitePaths.languageIndex($0)) },
                defaultVersion: SitePaths.root, linksTranslationStatus: true
            ))
        var shown: [ResolvedText] = []
        values["guides"] = guides.map { guide -> [String: Any] in
            var link = documentLink(guide, name: { $0.title }, from: path, page: page) {
                SitePaths.guide(guide.id, in: $0)
            }
            let localized = publication.shown(guide, in: language)
            shown += [localized.title, localized.summary]
            link["summary"] = page.text(localized.summary)
            link["id"] = guide.id
            return link
        }
        let notices = notices(
            shown: shown, page: page, path: path, sourcePath: SitePaths.languageIndex(sourceLanguage))
        values["notices"] = notices
        values["hasNotices"] = !notices.isEmpty
        return values
    }

    /// The language picker at the site root (template `root`): each language named in itself.
    func rootValues() -> [String: Any] {
        let page = pageLanguages[sourceLanguage]!
        var values = frameValues(
            PageFrame(
                path: SitePaths.root, language: page, title: "",
                versions: languages.map { ($0, SitePaths.languageIndex($0)) }, defaultVersion: nil
            ))
        // The picker is the page itself; it is not a version of any other page.
        values["alternates"] = [[String: Any]]()
        values["choices"] = languages.map { language -> [String: Any] in
            [
                "code": language.identifier,
                "name": nativeNames[language] ?? language.nativeName,
                "dir": PageLanguage.direction(of: language),
                "href": SitePaths.languageIndex(language),
                "prompt": pageLanguages[language]!.html(.chooseLanguage),
            ]
        }
        return values
    }

    /// The 404 page (template `not-found`). Hosts serve it at any address, so its links start
    /// at the base URL's path instead of being relative to where it was written.
    func notFoundValues() -> [String: Any] {
        let page = pageLanguages[sourceLanguage]!
        let root = paths.basePath
        var values = frameValues(
            PageFrame(
                path: SitePaths.notFound, language: page, title: page.plain(.pageNotFound),
                versions: [], defaultVersion: nil, root: root
            ))
        values["choices"] = languages.map { language -> [String: Any] in
            let strings = pageLanguages[language]!
            return [
                "code": language.identifier,
                "name": nativeNames[language] ?? language.nativeName,
                "dir": PageLanguage.direction(of: language),
                "href": root + SitePaths.languageIndex(language),
                "notFound": strings.html(.pageNotFound),
                "back": strings.html(.backToStart),
            ]
        }
        return values
    }

    /// The translators' page: where each language stands, from `SiteOptions.translationStatus`.
    func translationStatusValues() -> [String: Any] {
        let page = pageLanguages[sourceLanguage]!
        var values = frameValues(
            PageFrame(
                path: SitePaths.translationStatus, language: page, title: page.plain(.translationStatus),
                versions: [], defaultVersion: nil
            ))
        values["coverage"] = options.translationStatus?.templateValues() ?? [:]
        return values
    }
}
