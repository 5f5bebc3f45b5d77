import KYRModel
import KYRTestSupport
import Testing

@testable import KYRExchange

/// How `kyr translate stamp` reads what to stamp.
@Suite struct StampSelectionTests {
    @Test func documentsAndUnitsAreSelected() throws {
        let document = try #require(StampSelection("guides/at-home"))
        #expect(document.documentPath == "guides/at-home" && document.key == nil)
        #expect(document.selects(documentPath: "guides/at-home", key: "door.dont-open"))
        #expect(!document.selects(documentPath: "guides/at-work", key: "door.dont-open"))
        let unit = try #require(StampSelection("strings:call"))
        #expect(unit.selects(documentPath: "strings", key: "call"))
        #expect(!unit.selects(documentPath: "strings", key: "hotline"))
        #expect(StampSelection("agencies/ice/")?.documentPath == "agencies/ice")
    }

    @Test func malformedSelectionsAreRefused() {
        for text in ["guides", "guides/At-Home", "people/x", "guides/a/b", "strings:", "", "guides/at-home:"] {
            #expect(StampSelection(text) == nil, "\(text)")
        }
    }
}
