import KYRModel

/// `history/<guides|agencies>/<id>.yaml` and `history/strings.yaml`: the source texts that
/// translations of one document were stamped against, by fingerprint, written whole by kyr.
package enum HistoryFile {
    /// The file's text for `texts` (fingerprint to source text), sorted by fingerprint.
    package static func text(_ document: DocumentRef, texts: [String: String]) -> String {
        var text = "# Source texts that translations of \(document.path) were stamped against, by fingerprint.\n"
        text += "# Written by kyr translate stamp, so an outdated translation can show what changed. Do not edit.\n"
        if texts.isEmpty { text += "{}\n" }
        for (fingerprint, source) in texts.sorted(by: { $0.key < $1.key }) {
            text += "\(fingerprint): \(YAMLText.quoted(source))\n"
        }
        return text
    }
}
