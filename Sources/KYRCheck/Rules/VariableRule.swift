import KYRModel

/// Every `{name}` and `[text]({name})` in every language names a variable of site.yaml,
/// and a link only points at a variable that has an address (phone, url, email).
package struct VariableRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        guard let site = content.site else { return [] }
        let names = site.variables.keys.sorted()
        var diagnostics: [Diagnostic] = []
        func visit(_ text: InlineText) {
            // No brace, no variable: most texts are done here without walking their nodes.
            guard !text.isPlain, text.raw.utf8.contains(UInt8(ascii: "{")) else { return }
            for reference in text.variableReferences
            where site.variables[reference.name] == nil && !site.invalidVariableNames.contains(reference.name) {
                let suggestion = Suggestion.clause(for: reference.name, in: names)
                diagnostics.append(
                    Diagnostic(
                        .unknownVariable,
                        "unknown variable '{\(reference.name)}'; define it under variables in site.yaml" + suggestion,
                        at: reference.location))
            }
            diagnostics += linkProblems(text.nodes, site)
        }
        for document in content.sourceDocuments {
            for unit in document.translatableUnits { visit(unit.text) }
        }
        for translation in content.translations {
            for index in translation.units.indices where !translation.units[index].text.isPlain {
                visit(translation.units[index].text)
            }
        }
        return diagnostics
    }

    private func linkProblems(_ nodes: [InlineNode], _ site: Site) -> [Diagnostic] {
        nodes.flatMap { node -> [Diagnostic] in
            switch node {
            case .link(.variable(let name), let children, let location):
                var found = linkProblems(children, site)
                if let variable = site.variables[name], variable.linkURL == nil {
                    found.append(
                        Diagnostic(
                            .invalidValue, "link to '{\(name)}', which is text, not a phone, url or email", at: location
                        ))
                }
                return found
            case .link(_, let children, _), .strong(let children), .emphasis(let children):
                return linkProblems(children, site)
            case .text, .variable:
                return []
            }
        }
    }
}
