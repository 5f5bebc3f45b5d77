import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRLoad

/// The interface strings kyr ships: complete in every language, read without a problem, and
/// free of anything only one project may say.
@Suite struct BuiltInStringsTests {
    static let loaded = BuiltInStringsLoader.loaded

    @Test func everyFileReadsWithoutADiagnostic() {
        #expect(Self.loaded.diagnostics.isEmpty, "\(Self.loaded.diagnostics)")
    }

    @Test func everyLanguageHasEveryString() {
        let languages = Self.loaded.strings.languages.map(\.identifier)
        #expect(languages == ["ar", "en", "es", "hi", "ko", "pl", "tl", "uk", "zh-Hans"])
        for language in Self.loaded.strings.languages {
            #expect(Self.loaded.strings.covers(language), "\(language)")
        }
    }

    @Test func noStringNamesAnOrganizationACityOrANumber() throws {
        for language in Self.loaded.strings.languages {
            for string in InterfaceString.allCases {
                let text = try #require(Self.loaded.strings.text(string, in: language)).raw
                #expect(
                    !text.unicodeScalars.contains { $0.properties.generalCategory == .decimalNumber },
                    "\(language) \(string): \(text)")
                for word in ["ICIRR", "Chicago", "Illinois", "Cook"] {
                    #expect(!text.contains(word), "\(language) \(string): \(text)")
                }
                #expect(!text.contains("{"), "\(language) \(string) uses a variable: \(text)")
            }
        }
    }

    @Test func theEnglishIsTheDocumentedDefault() throws {
        let english = try LanguageTag.parse("en").get()
        #expect(Self.loaded.strings.text(.hotline, in: english)?.raw == "Hotline")
        #expect(Self.loaded.strings.text(.sayInEnglish, in: english)?.raw == "Say or show this in English:")
    }

    /// docs/content-format.md lists every string with its English default, as kyr ships it.
    @Test func theDocumentationListsEveryStringWithItsEnglish() throws {
        let docs = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/content-format.md"), encoding: .utf8)
        let table = try #require(docs.components(separatedBy: "| key | English default |").last)
        var documented: [String: String] = [:]
        for line in table.split(separator: "\n").dropFirst() {
            guard line.hasPrefix("| `") else { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            documented[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[1]
        }
        let english = try LanguageTag.parse("en").get()
        #expect(Set(documented.keys) == Set(InterfaceString.allCases.map(\.rawValue)))
        for string in InterfaceString.allCases {
            #expect(documented[string.rawValue] == Self.loaded.strings.text(string, in: english)?.raw, "\(string)")
        }
    }
}
