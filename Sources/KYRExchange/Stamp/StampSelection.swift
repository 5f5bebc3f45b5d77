import KYRModel

/// Which units `kyr translate stamp` confirms: a whole document (`guides/at-home`), one unit
/// (`guides/at-home:door.dont-open`, `strings:call`), or, with no selection, everything.
package struct StampSelection: Sendable, Hashable {
    package var documentPath: String
    package var key: String?

    /// Parses `guides/at-home` or `guides/at-home:door.dont-open`; nil when malformed.
    package init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let path = parts[0].hasSuffix("/") ? String(parts[0].dropLast()) : parts[0]
        let segments = path.split(separator: "/").map(String.init)
        let valid =
            (segments == ["strings"])
            || (segments.count == 2 && ["guides", "agencies"].contains(segments[0]) && Slug.isValid(segments[1]))
        guard valid else { return nil }
        documentPath = path
        key = parts.count == 2 ? parts[1] : nil
        if let key, key.isEmpty { return nil }
    }

    /// The whole document `selection` names a unit of.
    package init(documentOf selection: StampSelection) {
        documentPath = selection.documentPath
        key = nil
    }

    func selects(documentPath path: String, key unit: String) -> Bool {
        path == documentPath && (key == nil || key == unit)
    }
}
