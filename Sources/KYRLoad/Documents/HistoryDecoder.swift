import KYRModel

/// Decodes a history file: source texts by fingerprint, so an outdated translation can show
/// what its source said when it was translated.
enum HistoryDecoder {
    static func decode(_ root: YAMLNode, _ context: DecodeContext) -> [String: String]? {
        guard let fields = MappingReader(root, context, what: "a history file", known: nil) else { return nil }
        var texts: [String: String] = [:]
        for (key, value) in fields.entries {
            guard let fingerprint = key.scalar, let text = context.text(value) else { continue }
            guard Fingerprint.isValid(fingerprint) else {
                context.report(
                    .invalidValue,
                    "'\(fingerprint)' is not a fingerprint; history files are written by kyr translate stamp", at: key)
                continue
            }
            texts[fingerprint] = text
        }
        return texts
    }
}
