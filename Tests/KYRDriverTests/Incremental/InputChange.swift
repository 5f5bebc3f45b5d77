import Foundation
import KYRModel
import Testing

@testable import KYRDriver

/// One kind of input an organizer, a translator or a release changes, with the output files
/// that change must render again, written out by path so the test does not ask the code it
/// tests.
enum InputChange: String, CaseIterable, CustomTestStringConvertible {
    case sourceText, translation, removedTranslation, agencyNote, removedGuide, siteSettings, strings
    case siteTemplate, textTemplate, day, kyrItself

    var testDescription: String { rawValue }

    /// Print is slow to build: it is in the cases whose files it holds.
    var formats: [BuildFormat] {
        switch self {
        case .siteTemplate, .textTemplate, .strings, .day: [.html, .text]
        default: [.html, .text, .print]
        }
    }

    func apply(to project: IncrementalProject) throws {
        switch self {
        case .sourceText:
            try project.edit(
                "Content/guides/at-work/en.yaml", replacing: "lawyer", with: "immigration lawyer")
        case .translation:
            try project.edit(
                "Content/guides/at-home/es.yaml", replacing: "Mantenga la puerta cerrada",
                with: "Mantenga cerrada la puerta")
        case .removedTranslation:
            // Arabic readers get this guide in English now, marked as such; its files in every
            // language name the languages it is in.
            try project.project.remove("Content/guides/in-a-car/ar.yaml")
        case .agencyNote:
            try project.edit(
                "Content/agencies/national-guard/en.yaml", replacing: "Military troops", with: "Soldiers")
        case .removedGuide:
            try project.project.remove("Content/guides/observers")
            try? project.project.remove("Content/history/guides/observers.yaml")
        case .siteSettings:
            try project.edit(
                "Content/site.yaml", replacing: "name: Chicago Know Your Rights Project",
                with: "name: Chicago Rights Project")
        case .strings:
            try project.edit(
                "Content/strings/es.yaml", replacing: "Línea de Apoyo Familiar de ICIRR",
                with: "Línea de apoyo familiar de ICIRR")
        case .siteTemplate:
            try project.project.write("Templates/html/credits.mustache", "<p>unused partial</p>\n")
        case .textTemplate:
            try project.project.write("Templates/text/unused.txt.mustache", "unused\n")
        case .day:
            project.today = ContentDate("2026-11-23")!
        case .kyrItself:
            project.tool = "a newer kyr"
        }
    }

    /// Whether the output file at `path` (`site/es/guides/at-home.html`) must be rendered
    /// again; nil for the site's files about every document, rendered again when their bytes change.
    func affects(_ path: String) -> Bool? {
        if IncrementalProject.isAboutEveryDocument(path) {
            switch self {
            case .siteSettings, .strings, .day, .kyrItself, .siteTemplate: return true
            default: return nil
            }
        }
        let everyDocument = IncrementalProject.isTextIndex(path)
        switch self {
        case .sourceText: return everyDocument || Self.isGuide("at-work", path) || Self.isCardSheet(path)
        case .translation: return everyDocument || Self.isGuide("at-home", path) || Self.isCardSheet(path)
        case .removedTranslation: return everyDocument || Self.isGuide("in-a-car", path) || Self.isCardSheet(path)
        case .removedGuide: return everyDocument || Self.isCardSheet(path)
        case .agencyNote:
            // Its own files, and the pages and texts of the one guide that names it.
            return everyDocument || path.contains("/agencies/national-guard.")
                || path.hasPrefix("site/") && path.hasSuffix("/guides/observers.html")
                || path.hasPrefix("text/") && path.hasSuffix("/guides/observers.txt")
        case .siteSettings, .strings, .day, .kyrItself: return true
        case .siteTemplate: return path.hasPrefix("site/")
        case .textTemplate: return path.hasPrefix("text/")
        }
    }

    /// Whether the rebuild must remove the output file at `path`: a removed guide's files (a
    /// guide without its Arabic translation is still published in Arabic, in English).
    func removes(_ path: String) -> Bool {
        switch self {
        case .removedGuide: Self.isGuide("observers", path)
        default: false
        }
    }

    /// A file of guide `id`: its pages, texts, messages, handouts and single card.
    static func isGuide(_ id: String, _ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(id + ".") || name == "card-\(id).pdf"
    }

    /// A language's sheet of every guide's wallet cards.
    static func isCardSheet(_ path: String) -> Bool {
        path.hasPrefix("print/") && path.hasSuffix("/cards.pdf")
    }
}
