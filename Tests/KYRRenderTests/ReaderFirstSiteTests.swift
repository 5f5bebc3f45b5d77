import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRRender

/// The bundled site as a reader with agents at the door needs it: the hotline and the card
/// first, the English beside every phrase to say, a view to show the agent (with what each
/// statement means, and the hotline), a call link on every way in, the notices on every page of
/// a drafted language, and "identify the agency" one tap from each agency.
/// (Where things land on a phone screen is measured in Chromium: `KYRBrowserTests`.)
@Suite struct ReaderFirstSiteTests {
    static func bundled() throws -> (site: [String: String], publication: Publication) {
        try SiteRendering.bundledBuild.get()
    }

    static func isGuidePage(_ path: String) -> Bool {
        path.contains("/guides/") && path.hasSuffix(".html") && !path.hasSuffix(".show.html")
    }

    /// Every guide page, in every language, in the same order: title, notices, the hotline's
    /// call link, the "show this to the agent" link, the card, the summary (after the card, so
    /// the card fits a phone's first screen), and only then the review, the table of contents
    /// and the sections.
    @Test func guidePagesPutTheHotlineAndTheCardFirst() throws {
        let (site, publication) = try Self.bundled()
        var checked = 0
        for (path, page) in site where Self.isGuidePage(path) {
            let id = String(path.split(separator: "/").last!.dropLast(".html".count))
            let guide = try #require(publication.guides.first { $0.id == id })
            let markers = [
                "<h1", "<p class=\"hotline\">", "<p class=\"show-link\">", "<section class=\"card\"",
                "<p class=\"summary\"", "<div class=\"review", "<nav class=\"toc\"", "<section class=\"content\"",
            ].filter { $0 != "<p class=\"show-link\">" || !guide.statementsToAgent.isEmpty }
            let positions = markers.map { page.range(of: $0)?.lowerBound }
            for (marker, position) in zip(markers, positions) where position == nil {
                Issue.record("\(path): no \(marker)")
            }
            let found = positions.compactMap { $0 }
            #expect(found == found.sorted(), "\(path): the page is not in emergency-first order")
            #expect(page.contains("<a class=\"hotline-call\" href=\"tel:18554357693\">"), "\(path): hotline link")
            #expect(
                page.contains("<a href=\"\(id).show.html\">") == !guide.statementsToAgent.isEmpty,
                "\(path): show-this link")
            checked += 1
        }
        #expect(checked == 81, "9 guides in 9 languages")
    }

    /// One phrase to say as a page shows it: its text, whether that text is already in English
    /// (a fallback), and the English shown beside it, if any.
    struct Phrase: Equatable {
        var text: String
        var isEnglish: Bool
        var english: String?
        /// What an agent reads: the phrase itself when it is English, else the English beside it.
        var forTheAgent: String? { isEnglish ? text : english }
    }

    nonisolated(unsafe) static let phrasePattern = try! Regex(
        #"class="text say-phrase(?: fallback)?"(?<lang> lang="[^"]+" dir="[^"]+")?>(?<text>.*?)</(?:span|p)>(?:\s*<(?:span|p) class="english"><span class="english-label">.*?</span> <span class="english-text"(?<elang> lang="[^"]+" dir="[^"]+")?>(?<english>.*?)</span></(?:span|p)>)?"#
    ).dotMatchesNewlines()

    static func phrases(in page: String) -> [(Phrase, englishAttributes: String?)] {
        page.matches(of: phrasePattern).map { match in
            let text = String(match.output["text"]!.substring!)
            let isEnglish = match.output["lang"]?.substring?.contains("lang=\"en\"") ?? false
            return (
                Phrase(
                    text: text, isEnglish: isEnglish || page.contains("<html lang=\"en\""),
                    english: match.output["english"]?.substring.map(String.init)),
                match.output["elang"]?.substring.map(String.init)
            )
        }
    }

    /// Every phrase to say that a page shows translated has the current English beside it,
    /// marked `lang="en" dir="ltr"` (so it is read and laid out as English inside Arabic), and
    /// it is exactly the English page's phrase at the same place. A phrase shown in English
    /// gets no second copy.
    @Test func everyTranslatedPhraseToSayHasItsEnglishBeside() throws {
        let (site, _) = try Self.bundled()
        var translated = 0
        for (path, page) in site where path.hasSuffix(".html") && !path.hasPrefix("en/") && path.contains("/") {
            guard !path.hasSuffix(".show.html"), path.contains("/guides/") || path.contains("/agencies/") else {
                continue
            }
            let english = path.split(separator: "/", maxSplits: 1).last.map { "en/" + $0 }!
            let source = try #require(site[english], "\(path): no English page \(english)")
            let expected = Self.phrases(in: source).map(\.0.text)
            let shown = Self.phrases(in: page)
            #expect(
                shown.count == expected.count, "\(path): \(shown.count) phrases, the English page has \(expected.count)"
            )
            for ((phrase, attributes), english) in zip(shown, expected) {
                if phrase.isEnglish {
                    #expect(phrase.english == nil, "\(path): English beside an English phrase: \(phrase.text)")
                } else {
                    translated += 1
                    #expect(attributes == " lang=\"en\" dir=\"ltr\"", "\(path): English not marked: \(phrase.text)")
                }
                #expect(phrase.forTheAgent == english, "\(path): \(phrase.text) has \(phrase.english ?? "no English")")
            }
        }
        #expect(translated > 300, "the pattern found only \(translated) translated phrases")
    }

    /// Every page of a language whose shown translations are drafts says so, in that language:
    /// guide and agency pages, the language's start page and "identify the agency", and the
    /// "show this to the agent" view: an English page (`lang="en"`) whose statements are English,
    /// but whose heading and the meaning of each statement are the reader's draft translation.
    @Test func everyPageOfADraftLanguageCarriesTheDraftNotice() throws {
        let (site, publication) = try Self.bundled()
        let documents = publication.guides as [any SourceDocument] + publication.agencies as [any SourceDocument]
        var checked = 0
        for language in publication.languages where language != publication.sourceLanguage {
            let isDraft = documents.contains {
                publication.isPublished($0.ref, in: language) && publication.localized($0, in: language).isUnreviewed
            }
            #expect(isDraft, "\(language.identifier): every bundled translation is a machine draft")
            for (path, page) in site where path.hasPrefix(language.identifier + "/") && path.hasSuffix(".html") {
                if path.hasSuffix(".show.html") {
                    #expect(page.contains("<html lang=\"en\" dir=\"ltr\">"), "\(path) is not an English page")
                }
                #expect(page.contains("<p class=\"notice notice-draft\">"), "\(path): no draft notice")
                checked += 1
            }
        }
        // Source-language pages say "not reviewed by a lawyer" in their review block; only the
        // show view, which has none, carries it as a notice, and never a link to itself.
        for (path, page) in site where path.hasPrefix("en/") {
            if path.hasSuffix(".show.html") {
                #expect(
                    page.contains(
                        "<p class=\"notice notice-not-reviewed-by-lawyer\">Not yet reviewed by a lawyer.</p>"),
                    "\(path)")
            } else {
                #expect(!page.contains("class=\"notices\""), "\(path): notices on a source-language page")
            }
        }
        #expect(checked > 100)
    }

    /// "Show this to the agent": for every guide with statements to an agent, in every language,
    /// an English page with those statements only (the card's `say` lines), each with what it
    /// means in the reader's language (the guide's translation of it, marked in its language;
    /// nothing on the source language's view), the heading in the reader's language, the way
    /// back to the guide, and the hotline's call link.
    @Test func showViewHoldsTheStatementsInEnglish() throws {
        let (site, publication) = try Self.bundled()
        let item = try Regex(
            #"<li><p class="statement">(?<statement>.*?)</p>(?:<p class="meaning"(?<lang>[^>]*)>(?<meaning>.*?)</p>)?</li>"#
        )
        let html = InlineHTML(variables: publication.site.variables)
        var checked = 0
        var meanings = 0
        for guide in publication.guides {
            let statements = guide.statementsToAgent
            #expect(guide.hasStatementsToAgent == !statements.isEmpty, "\(guide.id)")
            for language in publication.versions(of: guide.ref) {
                let path = SitePaths.showToAgent(guide.id, in: language)
                guard !statements.isEmpty else {
                    #expect(site[path] == nil, "\(path): a view with nothing to show")
                    continue
                }
                let page = try #require(site[path], "\(path) missing")
                #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"), "\(path)")
                let list = try #require(
                    page.components(separatedBy: "<ul class=\"statements\">").last?.components(separatedBy: "</ul>")
                        .first)
                let shown = list.matches(of: item)
                #expect(
                    shown.map { String($0.output["statement"]!.substring!) }
                        == statements.map { html.render($0.unit.text) }, "\(path)")
                let reader =
                    language == publication.sourceLanguage
                    ? "" : " lang=\"\(language.identifier)\" dir=\"\(language.isRightToLeft ? "rtl" : "ltr")\""
                let localized = publication.localized(guide, in: language)
                for (match, statement) in zip(shown, statements) {
                    let meaning = localized.statement(statement.unit, in: statement.section)
                    if meaning.language == publication.sourceLanguage {
                        #expect(match.output["meaning"]?.substring == nil, "\(path): a meaning in English")
                    } else {
                        #expect(
                            match.output["lang"]?.substring.map(String.init) == reader, "\(path): meaning not marked")
                        #expect(
                            match.output["meaning"]?.substring.map(String.init) == html.render(meaning.text), "\(path)")
                        meanings += 1
                    }
                }
                #expect(page.contains("<div class=\"show-head\"\(reader)>"), "\(path): heading not in \(language)")
                #expect(page.contains("<p class=\"back\"><a href=\"\(guide.id).html\""), "\(path): no way back")
                #expect(page.contains("<div class=\"show-call\"\(reader)>"), "\(path): call link not in \(language)")
                #expect(page.contains("<a class=\"hotline-call\" href=\"tel:18554357693\">"), "\(path): no call link")
                checked += 1
            }
        }
        #expect(meanings > 100, "only \(meanings) statements with their meaning")
        #expect(checked == 63, "7 guides with statements in 9 languages")
        // The card's statements where it has them; the sections' phrases where it has none.
        var observers = try #require(publication.guides.first { $0.id == "observers" })
        #expect(observers.statementsToAgent.map(\.unit.id.value) == ["say-observer"])
        #expect(observers.statementsToAgent.allSatisfy { $0.section == nil }, "the card's line")
        observers.card.removeAll { $0.kind == .say }
        #expect(observers.statementsToAgent.map(\.unit.id.value) == ["say-observer", "say-free"])
        #expect(observers.statementsToAgent.allSatisfy { $0.section != nil }, "the sections' phrases")
    }

    /// The ways in, the language picker and the 404 page, have the hotline's call link too: a
    /// reader who lands there in an emergency can call before choosing a language.
    @Test func languagePickerAndNotFoundPageHaveACallLink() throws {
        let (site, _) = try Self.bundled()
        for path in ["index.html", "404.html"] {
            let page = try #require(site[path])
            #expect(page.contains("<a class=\"hotline-call\" href=\"tel:18554357693\">"), "\(path): no call link")
            let call = try #require(page.range(of: "hotline-call"))
            let choices = try #require(page.range(of: "<ul class=\"choices\">"))
            #expect(call.lowerBound < choices.lowerBound, "\(path): the call link comes after the languages")
        }
    }

    /// "Identify the agency" in every language: a jump list with one link to each note, agencies
    /// first and the note about papers apart after them, headings that never say a short name
    /// twice, and the papers note headed by its own name, never as one more agency.
    @Test func agenciesPageJumpsToEachAgencyAndSetsPapersApart() throws {
        let (site, publication) = try Self.bundled()
        let agencies = publication.agencies.filter { $0.noteKind == .agency }.map(\.id)
        let documents = publication.agencies.filter { $0.noteKind == .documents }.map(\.id)
        #expect(documents == ["documents"])
        let heading = try Regex(
            #"<h2 id="agency-heading-[a-z-]+"><a [^>]*><span[^>]*>(.*?)</span>(?: <span class="short-name"[^>]*>\((.*?)\)</span>)?</a></h2>"#
        )
        func words(_ text: Substring) -> [Substring] { text.split { !($0.isLetter || $0.isNumber) } }
        for language in publication.languages {
            let path = SitePaths.agencies(in: language)
            let page = try #require(site[path])
            let jump = try #require(
                page.components(separatedBy: "<nav class=\"jump\"").last?.components(separatedBy: "</nav>").first)
            let targets = jump.matches(of: try Regex(##"href="#agency-([a-z-]+)""##)).map {
                String($0.output[1].substring!)
            }
            #expect(targets == agencies + documents, "\(path): jump list \(targets)")
            let lastAgency = try #require(page.range(of: "<section class=\"agency\" id=\"agency-\(agencies.last!)\""))
            let papers = try #require(
                page.range(of: "<section class=\"agency documents-note\" id=\"agency-documents\""))
            #expect(lastAgency.lowerBound < papers.lowerBound, "\(path): the papers note comes after the agencies")
            let headings = page.matches(of: heading)
            #expect(headings.count == agencies.count + documents.count, "\(path)")
            for match in headings {
                guard let short = match.output[2].substring, let first = words(short).first else { continue }
                let name = match.output[1].substring!
                #expect(!words(name).contains(first), "\(path): \(name) (\(short)) says it twice")
            }
            let papersHeading = try #require(page[papers.upperBound...].firstMatch(of: heading))
            #expect(papersHeading.output[2].substring == nil, "\(path): the papers note named as an agency")
        }
        // The English headings, as readers see them.
        let english = try #require(site["en/agencies/index.html"])
        #expect(
            english.contains(">U.S. Immigration and Customs Enforcement</span> <span class=\"short-name\">(ICE)</span>")
        )
        #expect(english.contains(">Other federal agents (FBI, DEA, ATF, U.S. Marshals)</span></a></h2>"))
    }

    /// Dark mode redefines every colour of the light scheme, so no text is left dark on dark.
    @Test func darkModeRedefinesEveryColour() throws {
        let css = try #require(try Self.bundled().site["style.css"])
        let variable = try Regex(#"(--[a-z-]+):"#)
        func names(_ block: Substring) -> Set<String> {
            Set(block.matches(of: variable).map { String($0.output[1].substring!) })
        }
        let light = try #require(
            css.components(separatedBy: ":root {").dropFirst().first?.components(separatedBy: "}").first)
        let dark = try #require(
            css.components(separatedBy: "@media (prefers-color-scheme: dark) {").last?.components(separatedBy: "\n}")
                .first)
        #expect(names(Substring(light)).subtracting(["--measure"]) == names(Substring(dark)))
        #expect(css.contains("color-scheme: light dark;"))
    }

    @Test func shortNameIsShownOnlyWhenTheNameDoesNotSayIt() {
        #expect(ShortName.isShown("ICE", after: "U.S. Immigration and Customs Enforcement"))
        #expect(!ShortName.isShown("ICE", after: "美国移民和海关执法局（ICE）"))
        #expect(
            !ShortName.isShown("FBI, DEA, ATF y USMS", after: "Otros agentes federales (FBI, DEA, ATF, U.S. Marshals)"))
        #expect(!ShortName.isShown("CBP", after: "미국 세관국경보호국(CBP)과 미국 국경순찰대(Border Patrol)"))
        #expect(ShortName.isShown("ICE", after: "Service"), "a word, not a piece of one")
        #expect(!ShortName.isShown("  ", after: "Anything"))
    }
}
