import KYRModel

/// A page for translators: for each language, where it stands and every missing or outdated
/// unit with its source text, key and place. No scripts, no external requests. Rendered by
/// the `coverage` template, alone (`kyr coverage --format html`) or inside the site.
extension CoverageReport {
    /// A complete HTML document, from the bundled templates.
    package func html(title: String = "Translation status") -> String {
        let values: [String: Any] = [
            "sourceLanguage": sourceLanguage.identifier, "title": HTML.escape(title), "coverage": templateValues(),
        ]
        return SiteTemplates.bundledTemplates.render(values, with: "coverage-page")
    }

    /// The values the `coverage` template renders; every text already escaped.
    package func templateValues() -> [String: Any] {
        let languages = languages.map { entry -> [String: Any] in
            let code = entry.language.identifier
            return [
                "code": code,
                "name": HTML.escape(entry.language.nativeName),
                "percent": Self.percent(entry.total.percentComplete),
                "publish": entry.policy.mode.rawValue,
                "minimumState": entry.policy.minimumState.rawValue,
                "outdated": entry.total.outdated,
                "missing": entry.total.missing,
                "rows": (entry.documents + [entry.total]).map { row -> [String: Any] in
                    [
                        // The numbers as ready cells: a section per number would dominate the page's render.
                        "document": HTML.escape(row.document),
                        "cells": numbers(row).dropLast().map { "<td>" + $0 + "</td>" }.joined(),
                        "percent": Self.percent(row.percentComplete),
                    ]
                },
                "hasWork": !entry.work.isEmpty,
                "workCount": entry.work.count,
                "work": entry.work.map(workValues),
            ]
        }
        return ["sourceLanguage": sourceLanguage.identifier, "languages": languages]
    }

    private func workValues(_ item: WorkItem) -> [String: Any] {
        let text: String
        if let previous = item.previousSource {
            let pieces = WordDiff.pieces(
                from: Fingerprint.normalized(previous), to: Fingerprint.normalized(item.source))
            text = pieces.map { piece in
                switch piece {
                case .same(let text): HTML.escape(text)
                case .removed(let text): "<del>\(HTML.escape(text))</del>"
                case .added(let text): "<ins>\(HTML.escape(text))</ins>"
                }
            }.joined(separator: " ")
        } else {
            text = HTML.escape(Fingerprint.normalized(item.source))
        }
        return [
            "document": HTML.escape(item.document), "key": HTML.escape(item.key), "reason": item.reason.rawValue,
            "file": HTML.escape(ContentPath.relative(item.location.file)), "line": item.location.line, "text": text,
        ]
    }
}
