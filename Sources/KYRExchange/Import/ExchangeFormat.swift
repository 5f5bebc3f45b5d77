/// The file formats translators' tools exchange with kyr.
package enum ExchangeFormat: String, CaseIterable, Sendable {
    /// XLIFF 2.0 (Okapi, OmegaT, Crowdin, recent Weblate).
    case xliff
    /// gettext PO (Poedit, Weblate, Pontoon).
    case po

    /// The format a file is in: by its name (`.xlf`, `.xliff`, `.po`), else by its first bytes.
    package static func of(path: String, bytes: [UInt8]) -> ExchangeFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".po") || lower.hasSuffix(".pot") { return .po }
        if lower.hasSuffix(".xlf") || lower.hasSuffix(".xliff") { return .xliff }
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        let first = rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "<") ? .xliff : .po
    }
}
