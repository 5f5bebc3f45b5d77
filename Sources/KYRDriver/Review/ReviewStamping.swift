import Foundation
import KYRExchange
import KYRModel

/// `kyr review stamp`: records that a guide's or note's source text was reviewed (or checked) on
/// a day, with the fingerprint of the text as it is now, so that any later change of the text
/// makes every output say it changed after its review.
package enum ReviewStamping {
    /// One document stamped.
    package struct Stamped: Sendable, Equatable {
        /// The display path of its source file.
        package var file: String
        package var document: String
        package var fingerprint: String
    }

    /// Why nothing was stamped.
    package enum Failure: Error, Sendable {
        /// The content has errors: a review must not vouch for text kyr cannot read.
        case contentErrors(CheckedProject)
        /// A document named does not exist, or its file cannot be edited; nothing was stamped.
        case refused(String)
    }

    /// Stamps `documents` (`guides/<id>`, `agencies/<id>`; every guide and note when empty) as
    /// reviewed on `date`. Every file is worked out before any is written.
    package static func stamp(_ layout: ProjectLayout, documents: [String], date: ContentDate, today: ContentDate)
        throws -> [Stamped]
    {
        let lock = try FolderLock(folder: layout.content)
        defer { lock.release() }
        let checked = try CheckedProject.load(layout, today: today)
        if checked.hasErrors { throw Failure.contentErrors(checked) }
        let reviewed: [any ReviewedDocument] = checked.content.guides + checked.content.agencies
        let paths = reviewed.map(\.ref.path)
        var chosen: [any ReviewedDocument] = []
        for name in documents {
            guard let document = reviewed.first(where: { $0.ref.path == name }) else {
                throw Failure.refused(
                    "'\(name)' is not a guide or agency note of this project" + Suggestion.clause(for: name, in: paths))
            }
            if !chosen.contains(where: { $0.ref == document.ref }) { chosen.append(document) }
        }
        if documents.isEmpty { chosen = reviewed }
        var writes: [(path: String, display: String, text: String, stamped: Stamped)] = []
        for document in chosen {
            let relative = layout.relative(document.file)
            let path = layout.path(relative)
            guard let original = try? String(contentsOfFile: ContentFileWriter.resolvedTarget(path), encoding: .utf8)
            else { throw Failure.refused("cannot read \(document.file)") }
            let fingerprint = document.reviewedTextFingerprint
            let text: String
            do {
                text = try LegalReviewEditor(original: original, file: document.file).apply(
                    date: date, fingerprint: fingerprint)
            } catch { throw Failure.refused(error.message) }
            writes.append(
                (
                    path, document.file, text,
                    Stamped(file: document.file, document: document.ref.path, fingerprint: Fingerprint.hex(fingerprint))
                ))
        }
        for write in writes where write.text != (try? String(contentsOfFile: write.path, encoding: .utf8)) {
            try ContentFileWriter.write(write.text, to: write.path, display: write.display)
        }
        return writes.map(\.stamped)
    }
}
