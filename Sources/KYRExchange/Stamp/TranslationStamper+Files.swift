import Foundation
import KYRLoad
import KYRModel

/// Rewriting only what kyr owns: the `translated-from:` block of a translation file (the
/// translator's text, comments and layout around it stay byte for byte), and the history
/// files, which kyr writes whole.
extension TranslationStamper {
    func rewrite(_ file: TranslationFile, fingerprints: [(key: String, value: String)]) throws {
        let path = layout.path(layout.translationFile(file.ref))
        let original = try String(
            contentsOf: URL(fileURLWithPath: ContentFileWriter.resolvedTarget(path)), encoding: .utf8)
        let text = FingerprintBlock.replace(in: original, fingerprints: fingerprints, file: file.file)
        try ContentFileWriter.write(text, to: path, display: file.file)
    }

    /// Writes `history/<guides|agencies>/<id>.yaml` or `history/strings.yaml`; returns its display path.
    func writeHistory(_ document: DocumentRef, texts: [String: String]) throws -> String {
        let relative = layout.history(document)
        let url = URL(fileURLWithPath: layout.path(relative))
        let documentPath = document.path
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var text = "# Source texts that translations of \(documentPath) were stamped against, by fingerprint.\n"
        text += "# Written by kyr translate stamp, so an outdated translation can show what changed. Do not edit.\n"
        if texts.isEmpty { text += "{}\n" }
        for (fingerprint, source) in texts.sorted(by: { $0.key < $1.key }) {
            text += "\(fingerprint): \(YAMLText.quoted(source))\n"
        }
        try ContentFileWriter.write(text, to: url.path, display: layout.display(relative))
        return layout.display(relative)
    }
}
