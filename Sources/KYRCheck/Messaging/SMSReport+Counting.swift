import KYRModel

extension SMSReport {
    /// Measures every guide's SMS in every language `localizer` publishes it in, composed by
    /// `GuideMessage` exactly as the text output writes it.
    package init(content: ContentSet, localizer: Localizer, languages wanted: [LanguageTag] = []) {
        guard let site = content.site else {
            self.init(budget: Site.defaultSMSSegments, entries: [])
            return
        }
        let languages = localizer.publishedLanguages.filter {
            $0 == localizer.sourceLanguage || wanted.isEmpty || wanted.contains($0)
        }
        let guides = content.guides.sorted { $0.id < $1.id }.map { ($0, GuideMessage.keys(of: $0)) }
        let measured = Parallel.map(languages) { language -> [Entry] in
            let strings = MessageStrings(
                PublishedLanguage(language: language, localizer: localizer), variables: site.variables)
            return guides.filter { localizer.isPublished($0.0, in: language) }.map { guide, keys in
                let localized = localizer.localize(guide, into: language, keys: keys)
                let message = GuideMessage(localized, strings: strings, site: site)
                let sms = message.sms
                return Entry(
                    guide: guide.id, language: language, measure: SMSSegments(sms),
                    isShortMessage: guide.message != nil, location: (guide.message ?? guide.summary).location,
                    hotlineWhole: message.hotline.map { GuideMessage.firstSegmentHolds($0.value, of: sms) } ?? true)
            }
        }
        let order = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1, $0) })
        self.init(
            budget: site.smsSegments,
            entries: measured.flatMap { $0 }.sorted {
                ($0.guide, order[$0.language] ?? 0) < ($1.guide, order[$1.language] ?? 0)
            })
    }
}
