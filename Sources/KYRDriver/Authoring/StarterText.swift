import Foundation
import KYRExchange
import KYRLoad
import KYRModel

/// The YAML `kyr init` and `kyr new` write (`Sources/KYRDriver/Starter/`, embedded by SwiftPM):
/// kept as files so they read as the content they become, and so a test can load them.
enum StarterText {
    /// The day stands where the files say `@today@`, so a new text is due for review from the
    /// day it was written; a guide or note also records the fingerprint of the text as written,
    /// so once the author changes it, every output says it changed since that day until someone
    /// checks it and runs `kyr review stamp`.
    static func text(_ bytes: [UInt8], today: ContentDate, kind: DocumentKind) -> String {
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "@today@", with: today.description)
        guard let fingerprint = ContentBytes.reviewedTextFingerprint(Array(text.utf8), kind: kind),
            let recorded = try? LegalReviewEditor(original: text, file: "starter").apply(
                date: today, fingerprint: fingerprint)
        else { return text }
        return recorded
    }

    static func starterGuide(today: ContentDate) -> String {
        text(PackageResources.starter_guide_yaml, today: today, kind: .guide)
    }
    static func starterAgency(today: ContentDate) -> String {
        text(PackageResources.starter_agency_yaml, today: today, kind: .agency)
    }
    static func newGuide(today: ContentDate) -> String {
        text(PackageResources.new_guide_yaml, today: today, kind: .guide)
    }
    static func newAgency(today: ContentDate) -> String {
        text(PackageResources.new_agency_yaml, today: today, kind: .agency)
    }
}
