import Foundation
import KYRModel

/// Markdown for a pull-request comment: a summary table, then each language's documents and
/// work list folded in `<details>`.
extension CoverageReport {
    package func markdown() -> String {
        var out = "## Translation coverage\n\n"
        out +=
            "| language | publish | units | draft | translated | reviewed | outdated | missing | orphan | errors | warnings | complete |\n"
        out += "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
        for entry in languages {
            let t = entry.total
            out +=
                "| \(entry.language) \(cell(entry.language.nativeName)) | \(entry.policy.mode.rawValue) | \(t.units) | \(t.draft) | \(t.translated) | \(t.reviewed) | \(t.outdated) | \(t.missing) | \(t.orphan) | \(t.errors) | \(t.warnings) | \(Self.percent(t.percentComplete))% |\n"
        }
        for entry in languages {
            out +=
                "\n<details><summary>\(entry.language): \(entry.total.outdated) outdated, \(entry.total.missing) missing</summary>\n\n"
            out +=
                "| document | units | words | draft | translated | reviewed | outdated | missing | orphan | errors | warnings | complete |\n"
            out += "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
            for row in entry.documents {
                out +=
                    "| \(row.document) | " + numbers(row).dropLast().joined(separator: " | ")
                    + " | \(Self.percent(row.percentComplete))% |\n"
            }
            if let line = interfaceStringsLine(entry) { out += "\n" + line + "\n" }
            if !entry.work.isEmpty {
                out += "\n| where | unit | kind | why | source text now | translation now | what changed |\n"
                out += "|---|---|---|---|---|---|---|\n"
                for item in entry.work {
                    let place = "\(ContentPath.relative(item.place.file)):\(item.place.line)"
                    let diff = item.previousSource.map {
                        WordDiff.plain(from: Fingerprint.normalized($0), to: Fingerprint.normalized(item.source))
                    }
                    out +=
                        "| \(cell(place)) | `\(item.document):\(item.key)` | \(item.role) | \(item.reason.rawValue) | "
                        + "\(cell(item.source)) | \(item.translation.map(cell) ?? "") | \(diff.map(cell) ?? "") |\n"
                }
            }
            out += "\n</details>\n"
        }
        return out
    }

    /// Text safe inside a table cell of a pull-request comment: pipes escaped, lines joined,
    /// HTML-ish characters neutralised, and neither an image (a request to any server, on every
    /// view of the comment) nor an @-mention (a notification to whoever it names) left active.
    private func cell(_ text: String) -> String {
        Fingerprint.normalized(text)
            .replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "![", with: "!\\[")
            // A word joiner after `@` breaks the mention; it shows nothing.
            .replacingOccurrences(of: "@", with: "@\u{2060}")
    }
}
