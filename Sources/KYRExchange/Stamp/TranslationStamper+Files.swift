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
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = HistoryFile.text(document, texts: texts)
        try ContentFileWriter.write(text, to: url.path, display: layout.display(relative))
        return layout.display(relative)
    }
}
