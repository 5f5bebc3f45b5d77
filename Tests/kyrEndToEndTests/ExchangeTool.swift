import Foundation
import KYRTestSupport

/// The gettext and translate-toolkit programs the exchange tests check kyr's PO files with
/// (`scripts/exchange-deps` installs them; without them those tests are skipped, saying so).
enum ExchangeTool {
    static let msgfmt = ExternalTool.find("msgfmt")
    static let pocount = ExternalTool.find("pocount")
}
