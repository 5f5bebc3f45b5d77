import Foundation
import KYRModel

/// The YAML `kyr init` and `kyr new` write (`Sources/KYRDriver/Starter/`, embedded by SwiftPM):
/// kept as files so they read as the content they become, and so a test can load them.
enum StarterText {
    /// The day stands where the files say `@today@`, so a new text is due for review from the
    /// day it was written.
    static func text(_ bytes: [UInt8], today: ContentDate) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "@today@", with: today.description)
    }

    static func starterGuide(today: ContentDate) -> String { text(PackageResources.starter_guide_yaml, today: today) }
    static func starterAgency(today: ContentDate) -> String { text(PackageResources.starter_agency_yaml, today: today) }
    static func newGuide(today: ContentDate) -> String { text(PackageResources.new_guide_yaml, today: today) }
    static func newAgency(today: ContentDate) -> String { text(PackageResources.new_agency_yaml, today: today) }
}
