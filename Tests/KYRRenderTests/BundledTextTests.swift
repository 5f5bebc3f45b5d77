import Foundation
import KYRCheck
import KYRDriver
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRRender

/// The bundled content's plain texts and messages: the same notices as the site's pages,
/// English beside every translated phrase to say, lines that fit, and SMS files that are exactly
/// what `kyr check` measures.
@Suite struct BundledTextTests {
    static func outputs() throws -> (text: [String: String], site: [String: String]) {
        try TextRendering.bundled.get()
    }

    static let publication: Publication = {
        let checked = try! Checking.project(Fixtures.packageRoot.path)
        return try! Publication(localizer: checked.localizer, today: TextRendering.today)
    }()

    /// Every guide and agency note in every built language where it is published.
    static var documents: [(document: any SourceDocument, language: LanguageTag, text: String, page: String)] {
        publication.languages.flatMap { language in
            publication.guides.filter { publication.isPublished($0.ref, in: language) }.map {
                (
                    $0 as any SourceDocument, language, TextPaths.guide($0.id, in: language),
                    SitePaths.guide($0.id, in: language)
                )
            }
                + publication.agencies.filter { publication.isPublished($0.ref, in: language) }.map {
                    (
                        $0 as any SourceDocument, language, TextPaths.agency($0.id, in: language),
                        SitePaths.agency($0.id, in: language)
                    )
                }
        }
    }

    /// Text without any whitespace: wrapping and indentation cannot hide a sentence.
    static func squeezed(_ text: String) -> String {
        text.filter { !$0.isWhitespace && $0 != "\u{00A0}" }
    }

    /// Each notice the Publication gives a document is in its text and on its page, in the
    /// reader's language, and no other notice is in either.
    @Test func everyTextCarriesTheNoticesOfItsPage() throws {
        let (texts, site) = try Self.outputs()
        var checked = 0
        for (document, language, textPath, pagePath) in Self.documents {
            let strings = Self.publication.language(language)
            let notices = Set(Self.publication.notices(for: Self.publication.localized(document, in: language)))
            let text = Self.squeezed(try #require(texts[textPath], "\(textPath)"))
            let page = try #require(site[pagePath], "\(pagePath)")
            let inline = InlineHTML(variables: Self.publication.site.variables)
            for notice in Notice.allCases {
                let string = try #require(strings.string(notice.string))
                let plain = Self.squeezed(inline.plain(string.text))
                let html = inline.render(string.text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let pageText = page.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(text.contains(plain) == notices.contains(notice), "\(textPath): \(notice)")
                #expect(pageText.contains(html) == notices.contains(notice), "\(pagePath): \(notice)")
            }
            checked += 1
        }
        #expect(checked > 100, "every document in every language")
    }

    /// The WhatsApp/Signal message and the SMS carry the notices of the texts they show: a subset
    /// of the page's, always including that no lawyer reviewed the guide.
    @Test func messagesCarryTheNoticesOfWhatTheyShow() throws {
        let (texts, _) = try Self.outputs()
        for guide in Self.publication.guides {
            for language in Self.publication.languages where Self.publication.isPublished(guide.ref, in: language) {
                let localized = Self.publication.localized(guide, in: language)
                let message = GuideMessage(
                    localized,
                    strings: MessageStrings(
                        Self.publication.language(language), variables: Self.publication.site.variables),
                    site: Self.publication.site)
                #expect(Set(message.notices).isSubset(of: Self.publication.notices(for: localized)))
                #expect(message.notices.contains(.notReviewedByLawyer) == !guide.legalReview.isReviewedByLawyer)
                let sms = try #require(texts[TextPaths.sms(guide.id, in: language)])
                let chat = try #require(texts[TextPaths.message(guide.id, in: language)])
                // The chat message says each notice in full; the SMS in its short form.
                func plain(_ string: InterfaceString) throws -> String {
                    let resolved = try #require(Self.publication.language(language).string(string))
                    return InlineHTML(variables: [:]).plain(resolved.text).split(whereSeparator: \.isWhitespace)
                        .joined(separator: " ")
                }
                for notice in message.notices {
                    #expect(chat.contains(try plain(notice.string)), "\(guide.id) \(language): \(notice)")
                    #expect(sms.contains(try plain(notice.shortString)), "\(guide.id) \(language): \(notice)")
                }
            }
        }
    }

    /// Every phrase to say (a `say` unit or card line) shown translated has its current English
    /// source beside it, labelled in the reader's language, in the text; the messages' phrases too.
    @Test func everyTranslatedPhraseHasItsEnglishBesideIt() throws {
        let (texts, _) = try Self.outputs()
        let inline = InlineHTML(variables: Self.publication.site.variables)
        var phrases = 0
        for guide in Self.publication.guides {
            for language in Self.publication.languages
            where language != Self.publication.sourceLanguage && Self.publication.isPublished(guide.ref, in: language) {
                let localized = Self.publication.localized(guide, in: language)
                let label = Self.squeezed(
                    inline.plain(try #require(Self.publication.language(language).string(.sayInEnglish)).text))
                let text = Self.squeezed(try #require(texts[TextPaths.guide(guide.id, in: language)]))
                let said =
                    guide.sections.flatMap { section in
                        section.units.filter { $0.kind == .say }.map { (localized.text(of: $0, in: section), $0.text) }
                    } + guide.card.filter { $0.kind == .say }.map { (localized.cardLine($0), $0.text) }
                for (shown, source) in said where shown.language != Self.publication.sourceLanguage {
                    let pair = Self.squeezed(inline.plain(shown.text)) + label + Self.squeezed(inline.plain(source))
                    #expect(text.contains(pair), "\(guide.id) \(language): \(source.raw)")
                    phrases += 1
                }
                let message = GuideMessage(
                    localized,
                    strings: MessageStrings(
                        Self.publication.language(language), variables: Self.publication.site.variables),
                    site: Self.publication.site)
                let sms = Self.squeezed(try #require(texts[TextPaths.sms(guide.id, in: language)]))
                for phrase in message.phrases {
                    if let source = phrase.source {
                        #expect(
                            sms.contains(
                                Self.squeezed(inline.plain(phrase.text.text)) + label
                                    + Self.squeezed(inline.plain(source))))
                    }
                }
            }
        }
        #expect(phrases > 200)
    }

    /// Lines fit 72 cells, except a web address that is wider on its own.
    @Test func linesFitTheWidth() throws {
        let (texts, _) = try Self.outputs()
        for (path, text) in texts where !path.hasSuffix(".sms.txt") && !path.hasSuffix(".message.txt") {
            for line in text.split(separator: "\n") where DisplayWidth.of(line) > 72 {
                #expect(
                    line.split(separator: " ").contains { $0.contains("://") && DisplayWidth.of($0) > 60 },
                    "\(path): \(line)")
            }
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), "\(path)")
            #expect(!text.contains(" \n"), "\(path): trailing space")
        }
    }

    /// The SMS kyr check measures is the SMS file, byte for byte (without its final line break).
    @Test func smsFilesAreWhatTheCheckMeasures() throws {
        let (texts, _) = try Self.outputs()
        let checked = try Checking.project(Fixtures.packageRoot.path)
        let report = SMSReport(content: checked.content, localizer: Localizer(content: checked.content))
        #expect(report.entries.count == texts.keys.count { $0.hasSuffix(".sms.txt") })
        for entry in report.entries {
            let file = try #require(texts[TextPaths.sms(entry.guide, in: entry.language)])
            #expect(SMSSegments(String(file.dropLast())) == entry.measure, "\(entry.guide) \(entry.language)")
        }
    }
}

/// The text index names agencies as the site's overview does.
@Suite struct TextIndexNamesTests {
    /// The warrants note (a note about papers) comes after every agency and without its short
    /// name; a short name the name already says is not said twice.
    @Test func notesAboutPapersFollowTheAgenciesAndNamesAreNotRepeated() throws {
        let (texts, _) = try BundledTextTests.outputs()
        let english = try #require(texts[TextPaths.index(try LanguageTag.parse("en").get())])
        let warrants = try #require(english.range(of: "- Warrants and other papers: administrative or judicial?\n"))
        for agency in ["(ICE)", "(CBP)", "- National Guard\n", "- Chicago Police Department (CPD)"] {
            let range = try #require(english.range(of: agency), "\(agency)")
            #expect(range.lowerBound < warrants.lowerBound, "\(agency) is listed before the warrants note")
        }
        #expect(!english.contains("(Warrants)"))
        #expect(english.contains("- Other federal agents (FBI, DEA, ATF, U.S. Marshals)\n"))
        #expect(!english.contains("(FBI, DEA, ATF, USMS)"))
        let spanish = try #require(texts[TextPaths.index(try LanguageTag.parse("es").get())])
        #expect(!spanish.contains("U.S. Marshals) (FBI"), "\(spanish)")
    }
}
