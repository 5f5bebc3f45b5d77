import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRDriver

/// `kyr init` and `kyr new` in-process: what they write checks clean, says nothing of the
/// bundled Chicago content, and never overwrites.
@Suite struct ProjectStarterTests {
    static let today = Checking.today
    static let languages = ["es", "vi", "zh-Hans"].map { try! LanguageTag.parse($0).get() }

    /// Words only the bundled Chicago content has: none may reach a new project.
    static let chicagoWords = [
        "Chicago", "Illinois", "ICIRR", "Cook County", "Broadview", "Midway", "TRUST Act", "Welcoming City",
        "40th Ward", "Pritzker",
    ]

    @Test func aNewProjectChecksWithOnlyThePlaceholderAndTranslationWarnings() throws {
        let folder = try TemporaryProject()
        let starter = ProjectStarter(languages: Self.languages, city: "Houston", today: Self.today)
        let written = try starter.create(in: folder.path)
        #expect(written.count == 3)
        let checked = try Checking.project(folder.path)
        #expect(!checked.hasErrors, "\(checked.report())")
        let codes = Set(checked.diagnostics.map(\.code))
        #expect(codes == [.placeholderValue, .missingTranslation], "\(checked.report())")
        let site = try #require(checked.content.site)
        #expect(site.organizationName == "Houston Know Your Rights")
        #expect(site.variables["city"]?.value == "Houston")
        #expect(site.variables["hotline"]?.value == Placeholder.phone)
        #expect(site.languages.map(\.value) == Self.languages)
        #expect(checked.content.guides.map(\.id) == [ProjectStarter.guideID])
        #expect(checked.content.agencies.map(\.id) == [ProjectStarter.agencyID])
        #expect(checked.content.guides.first?.legalReview.isReviewedByLawyer == false)
        #expect(checked.content.strings == nil, "no strings file: kyr's built-in strings")
    }

    @Test func theStarterTextsAreGeneric() {
        for file in ProjectStarter(languages: Self.languages, today: Self.today).files() {
            for word in Self.chicagoWords {
                #expect(!file.text.contains(word), "\(file.path) says \(word)")
            }
        }
    }

    @Test func namesAreQuotedAndTheOrganizationDefaultsToTheCity() throws {
        #expect(ProjectStarter(today: Self.today).organizationName == "Know Your Rights")
        let starter = ProjectStarter(city: "Houston", organization: "Rapid Response: \"Houston\" #1", today: Self.today)
        let folder = try TemporaryProject()
        _ = try starter.create(in: folder.path)
        let site = try #require(try Checking.project(folder.path).content.site)
        #expect(site.organizationName == "Rapid Response: \"Houston\" #1")
    }

    @Test func aProjectWithNoOtherLanguageChecksClean() throws {
        let folder = try TemporaryProject()
        _ = try ProjectStarter(today: Self.today).create(in: folder.path)
        #expect(try Checking.diagnostics(folder.path).map(\.code) == [.placeholderValue])
    }

    @Test(arguments: [
        (["en"], "'en' is the source language"), (["es", "es"], "'es' is listed twice"),
    ])
    func badLanguagesAreRefused(tags: [String], message: String) throws {
        let starter = ProjectStarter(languages: tags.map { try! LanguageTag.parse($0).get() }, today: Self.today)
        #expect(throws: AuthoringError.self) { try starter.validate() }
        do {
            try starter.validate()
        } catch {
            #expect(error.description.contains(message), "\(error)")
        }
    }

    @Test(arguments: ["", "  ", "Houston\nTX", "Hou\u{202E}ston", String(repeating: "x", count: 121)])
    func badNamesAreRefused(name: String) {
        #expect(throws: AuthoringError.self) { try ProjectStarter(city: name, today: Self.today).validate() }
        #expect(throws: AuthoringError.self) { try ProjectStarter(organization: name, today: Self.today).validate() }
    }

    @Test func aFolderWithContentIsRefusedAndLeftAsItWas() throws {
        let folder = try TemporaryProject(copying: Fixtures.project("minimal"))
        let before = try folder.snapshot()
        #expect(throws: AuthoringError.self) { try ProjectStarter(today: Self.today).create(in: folder.path) }
        #expect(try folder.snapshot() == before)
    }

    /// The copied templates are the bundled ones: a build with them gives the same site.
    @Test func copiedTemplatesBuildTheSameSite() throws {
        let plain = try TemporaryProject()
        let copied = try TemporaryProject()
        _ = try ProjectStarter(languages: Self.languages, today: Self.today).create(in: plain.path)
        let written = try ProjectStarter(languages: Self.languages, withTemplates: true, today: Self.today)
            .create(in: copied.path)
        #expect(written.contains { $0.hasSuffix("Templates/html/guide.mustache") })
        #expect(written.contains { $0.hasSuffix("Templates/text/guide.txt.mustache") })
        func site(_ project: TemporaryProject) throws -> [String: String] {
            let checked = try Checking.project(project.path)
            var times = PhaseTimes()
            let request = BuildRequest(
                layout: ProjectLayout(root: project.path), formats: [.html, .text], today: Self.today)
            let rendered = try Builder.render(checked, request, times: &times)
            return Dictionary(
                uniqueKeysWithValues: rendered.flatMap { format in
                    format.result.files.map { (format.folder + "/" + $0.path, $0.text) }
                })
        }
        let expected = try site(plain)
        #expect(expected.count > 10)
        #expect(try site(copied) == expected)
    }

    @Test(arguments: DocumentStarter.Kind.allCases)
    func aNewDocumentIsValidAsWritten(kind: DocumentStarter.Kind) throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let path = try DocumentStarter(kind: kind, id: "new-one", today: Self.today)
            .create(in: ProjectLayout(root: project.path))
        let folder = kind == .guide ? "guides" : "agencies"
        #expect(path == project.path + "/Content/\(folder)/new-one/en.yaml")
        let found = try Checking.diagnostics(project.path).filter { $0.location.file == path }
        #expect(found.map(\.code) == [.placeholderValue], "\(found)")
    }

    @Test func anIDIsCheckedAsKyrCheckChecksFolderNames() {
        do {
            _ = try DocumentStarter(kind: .guide, id: "At Work", today: Self.today).validate()
            Issue.record("an invalid ID was accepted")
        } catch {
            #expect(
                error.description
                    == "'At Work' is not a valid ID: use lower-case letters a-z, digits and single hyphens, "
                    + "at most 64 characters; for example 'at-work'")
        }
        #expect(throws: AuthoringError.self) {
            try DocumentStarter(kind: .agency, id: String(repeating: "a", count: 65), today: Self.today).validate()
        }
    }

    @Test func aTakenIDIsRefused() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let before = try project.snapshot()
        #expect(throws: AuthoringError.self) {
            try DocumentStarter(kind: .guide, id: "at-home", today: Self.today)
                .create(in: ProjectLayout(root: project.path))
        }
        #expect(try project.snapshot() == before)
    }

    @Test func withoutAProjectNothingIsWritten() throws {
        let empty = try TemporaryProject()
        do {
            _ = try DocumentStarter(kind: .guide, id: "x", today: Self.today).create(
                in: ProjectLayout(root: empty.path))
            Issue.record("wrote a guide without a project")
        } catch {
            #expect(error.description.contains("kyr init"), "\(error)")
        }
        #expect(try empty.snapshot().isEmpty)
    }

    /// A project whose source language is not English gets its file under that language's name.
    @Test func aNewDocumentIsInTheSourceLanguage() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let site = try project.read("Content/site.yaml")
        #expect(site.contains("source-language: en"))
        try project.write(
            "Content/site.yaml", site.replacingOccurrences(of: "source-language: en", with: "source-language: es"))
        let path = try DocumentStarter(kind: .agency, id: "cbp", today: Self.today)
            .create(in: ProjectLayout(root: project.path))
        #expect(path.hasSuffix("Content/agencies/cbp/es.yaml"))
    }
}
