import Foundation
import KYRCheck
import KYRModel
import KYRTestSupport
import Testing

/// `placeholder-value`: what kyr init and kyr new leave for the organizer to fill in.
@Suite struct PlaceholderRuleTests {
    @Test(arguments: ["555-0100", "555-0199", "713-555-0150", "1 (713) 555-0100", "+1-713-555-0123"])
    func fictionalNumbers(phone: String) {
        #expect(Placeholder.isFictional(phone: phone))
    }

    @Test(arguments: ["555-0200", "1-855-435-7693", "713-555-1234", "2-713-555-0100", "44 20 7946 0100", "5550100555"])
    func realNumbers(phone: String) {
        #expect(!Placeholder.isFictional(phone: phone))
    }

    @Test func aFictionalHotlineIsAWarningAtItsValue() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let site = try project.read("Content/site.yaml")
        let real = try #require(site.range(of: "1-855-435-7693"))
        try project.write("Content/site.yaml", site.replacingCharacters(in: real, with: Placeholder.phone))
        let found = try Checking.lines(project.path).filter { $0.contains("[placeholder-value]") }
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("Content/site.yaml:") == true)
        #expect(found.first?.contains("warning: 'hotline' is 555-0100, a number reserved for fiction") == true)
    }

    @Test func theBundledContentAndTheFixturesHaveNone() throws {
        for project in [Fixtures.packageRoot, Fixtures.project("minimal"), Fixtures.project("site-multilingual")] {
            #expect(try Checking.lines(project.path).filter { $0.contains("[placeholder-value]") } == [])
        }
    }

    /// One warning per file, at the first text that starts with TODO:, counting the others.
    @Test func textsThatStartWithTODOAreOneWarningPerFile() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let guide = try project.read("Content/guides/at-home/en.yaml")
        let edited = guide.replacingOccurrences(
            of: "title: If agents come to your home", with: "title: \"TODO: a title\"")
        #expect(edited != guide, "fixture changed")
        try project.write("Content/guides/at-home/en.yaml", edited)
        let found = try Checking.lines(project.path).filter { $0.contains("[placeholder-value]") }
        #expect(
            found == [
                "Content/guides/at-home/en.yaml:1:8: warning: a text still starts with 'TODO:': "
                    + "replace it before you publish [placeholder-value]"
            ])
    }
}
