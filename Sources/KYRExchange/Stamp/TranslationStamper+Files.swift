import Foundation
import KYRLoad
import KYRModel

/// Rewriting only what kyr owns: the `translated-from:` block at the end of a translation
/// file (the translator's text, comments and layout above it stay byte for byte), and the
/// history files, which kyr writes whole.
extension TranslationStamper {
    func rewrite(_ file: TranslationFile, fingerprints: [(key: String, value: String)]) throws {
        let url = URL(fileURLWithPath: layout.path(layout.translationFile(file.ref)))
        let original = try String(contentsOf: url, encoding: .utf8)
        var scalars = Array(original.unicodeScalars)
        let parsed = YAMLParser(file: file.file).parse(Array(original.utf8))
        if case .mapping(let pairs)? = parsed.root?.value,
            let block = pairs.first(where: { $0.key.scalar == "translated-from" })
        {
            // From the start of the key's line through the end of the block's last line.
            var start = block.key.start.index
            while start > 0, scalars[start - 1] != "\n" { start -= 1 }
            var end = max(block.value.end.index, block.key.end.index)
            while end < scalars.count, scalars[end] != "\n" { end += 1 }
            if end < scalars.count { end += 1 }
            // Comment lines right above the block are kyr's own header: drop them with it.
            while start > 0 {
                var lineStart = start - 1
                while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
                let line = String(String.UnicodeScalarView(scalars[lineStart..<(start - 1)]))
                guard line.hasPrefix("# kyr:") else { break }
                start = lineStart
            }
            scalars.removeSubrange(start..<end)
        }
        var text = String(String.UnicodeScalarView(scalars))
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        if !fingerprints.isEmpty {
            text +=
                "# kyr: fingerprints of the source text each unit was translated from; written by kyr translate stamp\n"
            text += "translated-from:\n" + fingerprints.map { "  \($0.key): \($0.value)\n" }.joined()
        }
        try Data(text.utf8).write(to: url, options: .atomic)
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
        try Data(text.utf8).write(to: url, options: .atomic)
        return layout.display(relative)
    }
}
