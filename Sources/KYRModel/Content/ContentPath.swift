import Foundation

/// Paths inside `Content/`, for messages that name another file.
package enum ContentPath {
    /// `guides/at-home/en.yaml` for any display path ending in `Content/guides/at-home/en.yaml`.
    package static func relative(_ displayPath: String) -> String {
        guard let range = displayPath.range(of: "Content/", options: .backwards) else { return displayPath }
        return String(displayPath[range.upperBound...])
    }
}
