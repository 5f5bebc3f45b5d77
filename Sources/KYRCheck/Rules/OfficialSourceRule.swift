import KYRModel

/// A source labelled `official` must be where a government or court publishes: a government
/// domain (`.gov`, `.mil`, `.int`, a country's government second-level domain, a U.S. state's or
/// locality's `.us` domain), an archived copy of such a page, or a host `site.yaml` lists under
/// `official-hosts` with the reason it publishes official texts (a city's code publisher). A
/// repost of an official text on a blog or a news site is what its host is: readers trust
/// "based on law or official documents" only if the label cannot be borrowed.
package struct OfficialSourceRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        let listed = content.site?.officialHosts ?? [:]
        return content.citingDocuments.flatMap { document in
            document.sources.filter { $0.kind == .official }.compactMap { source -> Diagnostic? in
                guard let host = GovernmentHost.host(of: source.url) else { return nil }
                if GovernmentHost.isGovernment(host) || GovernmentHost.isListed(host, in: listed) { return nil }
                let name = source.id.map { "source '\($0.value)'" } ?? "a source"
                return Diagnostic(
                    .officialSourceHost,
                    "\(name) of \(document.what) '\(document.id)' is labelled official, but \(host) is not a government "
                        + "or court host; label it by what the host is (news, organization, community), or, if the "
                        + "host publishes a government's own texts, list it under official-hosts in site.yaml with the reason",
                    at: source.location)
            }
        }
    }
}
