import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRPrint

/// The QR code leads to the guide's page in the handout's language, under base-url.
@Suite struct QRCodeTests {
    @Test func codeHasQuietZoneAndScales() throws {
        let code = try #require(QRCode("https://kyr-test.org/es/guides/at-home.html", size: 78))
        #expect(code.count >= 21 && (code.count - 17) % 4 == 0, "a QR version's size")
        #expect(abs(code.moduleSize * Double(code.count + 8) - 78) < 1e-9)
        // Finder pattern: the top-left corner module is dark.
        #expect(code.isDark(row: 0, column: 0))
    }

    @Test(arguments: ["en", "es", "ar"]) func printedCodeScansToTheGuidePage(tag: String) throws {
        guard ExternalTool.find("zbarimg") != nil else {
            Issue.record("zbarimg is not installed: run scripts/print-deps")
            return
        }
        let (folder, _) = try PrintRendering.written(Fixtures.project("site-multilingual"))
        let pdf = folder.url.appendingPathComponent("\(tag)/guides/at-home.pdf").path
        #expect(try PDFTool.scanQRCode(pdf) == "https://kyr-test.org/\(tag)/guides/at-home.html")
    }
}
