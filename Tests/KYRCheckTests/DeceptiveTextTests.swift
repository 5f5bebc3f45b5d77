import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRCheck

/// Numbers and contacts a reader can trust: what a page shows must be what it says.
@Suite struct DeceptiveTextTests {
    static func lines(_ edit: (TemporaryProject) throws -> Void) throws -> [String] {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try edit(project)
        return try Checking.lines(project.path)
    }

    static func setSpanish(_ key: String, _ value: String, in project: TemporaryProject) throws {
        let file = "Content/guides/at-home/es.yaml"
        var lines = try project.read(file).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("  \(key): ") })
        lines[index] = "  \(key): \(value)"
        try project.write(file, lines.joined(separator: "\n"))
    }

    @Test func anAllowanceCannotDropAContact() throws {
        let found = try Self.lines { p in
            try Self.setSpanish(
                "summary",
                "\n    text: No tiene que abrir la puerta.\n    allow: {placeholder-mismatch: the number is on the card}",
                in: p)
        }
        #expect(
            found.contains {
                $0.hasSuffix(
                    "'summary' lacks {hotline}, the phone number the source gives; a translation may not drop it [missing-contact]"
                )
            }, "\(found)")
    }

    @Test func digitsOfTheLanguagesOwnScriptAreFine() throws {
        let rule = LookalikeDigitRule()
        let text = { (raw: String) in InlineText(raw: raw, location: .file("x"), nodes: [.text(raw)]) }
        #expect(rule.problems(text("कॉल करें १-८५५-४३५-७६९३"), language: try LanguageTag.parse("hi").get()).isEmpty)
        #expect(rule.problems(text("اتصل ١-٨٥٥-٤٣٥-٧٦٩٣"), language: try LanguageTag.parse("ar").get()).isEmpty)
        #expect(rule.problems(text("Call 1-855-435-7693"), language: try LanguageTag.parse("hi").get()).isEmpty)
        let bengali = rule.problems(text("कॉल करें ১-৮৫৫-৪৩৫-৭৬৯৩"), language: try LanguageTag.parse("hi").get())
        #expect(bengali.map(\.code) == [.lookalikeDigits], "one finding per number")
        let mixed = rule.problems(text("कॉल 1-८५५-435-7693, २४ घंटे"), language: try LanguageTag.parse("hi").get())
        #expect(mixed.count == 1 && mixed[0].message.contains("mixes digits of two scripts"), "\(mixed)")
    }
}
