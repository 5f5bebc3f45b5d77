import KYRModel

/// What `kyr init` and `kyr new` leave for the organizer to fill in is still there: a hotline
/// that rings nobody, texts that say "TODO:", or a base-url on a host reserved for examples and
/// tests (which outputs then leave out). Warnings, not errors, so a new project
/// builds and can be looked at at once; `kyr check --strict` (and so CI) fails until they are
/// replaced.
package struct PlaceholderRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let site = content.site {
            for variable in site.variables.values.sorted(by: { $0.name < $1.name })
            where variable.kind == .phone && Placeholder.isFictional(phone: variable.value) {
                diagnostics.append(
                    Diagnostic(
                        .placeholderValue,
                        "'\(variable.name)' is \(variable.value), a number reserved for fiction that rings nobody; "
                            + "put your own number here before you publish",
                        at: variable.location))
            }
            if let baseURL = site.baseURL, Site.isPlaceholder(baseURL) {
                diagnostics.append(
                    Diagnostic(
                        .placeholderValue,
                        "base-url \(baseURL) is on a host reserved for examples and tests, a page no reader can reach: "
                            + "QR codes, messages and plain texts leave it out; put the site's real address here, or "
                            + "leave base-url out until it has one",
                        at: site.baseURLLocation ?? .file(site.file)))
            }
        }
        // One finding per file, at its first placeholder: a new guide holds a dozen.
        let documents: [(units: [TranslatableUnit], sources: [Citation])] =
            content.guides.map { ($0.translatableUnits, $0.sources) }
            + content.agencies.map { ($0.translatableUnits, $0.sources) }
        for document in documents {
            let locations =
                (document.units.filter { Placeholder.isPlaceholder(text: $0.text.raw) }.map(\.text.location)
                + document.sources.filter { Placeholder.isPlaceholder(text: $0.title) }.map(\.location)).sorted()
            guard let first = locations.first else { continue }
            let marker = Placeholder.textMarker
            diagnostics.append(
                Diagnostic(
                    .placeholderValue,
                    locations.count == 1
                        ? "a text still starts with '\(marker)': replace it before you publish"
                        : "\(locations.count) texts still start with '\(marker)' (the first here): "
                            + "replace them before you publish",
                    at: first))
        }
        return diagnostics
    }
}
