/// Whether a web address is a government's or a court's own host.
enum GovernmentHost {
    /// Top-level domains only governments hold.
    static let topLevel: Set<String> = ["gov", "mil", "int"]
    /// Second-level labels countries reserve for government (`gov.uk`, `gob.mx`, `gouv.fr`,
    /// `go.kr`, `govt.nz`, `gv.at`), under a two-letter country domain.
    static let secondLevel: Set<String> = ["gov", "gob", "gouv", "govt", "go", "gv", "mil", "gc"]
    /// Government domains of other shapes.
    static let suffixes = ["europa.eu", "canada.ca", "admin.ch", "bund.de"]
    /// The hosts of web archives, whose addresses carry the archived page's address.
    static let archives = ["web.archive.org", "archive.org"]

    /// The lower-case host of an `https://` or `http://` address; for an archived copy, the
    /// archived page's host.
    static func host(of url: String) -> String? {
        guard let host = plainHost(of: url) else { return nil }
        if archives.contains(host) || host.hasPrefix("wayback.") {
            // The archived address follows the archive's own path: /web/<time>/<address>.
            let lower = Array(url.lowercased().utf8)
            for start in 8..<max(8, lower.count) {
                for scheme in ["https://", "http://"] where lower[start...].starts(with: scheme.utf8) {
                    return plainHost(of: String(decoding: lower[start...], as: UTF8.self)) ?? host
                }
            }
        }
        return host
    }

    private static func plainHost(of url: String) -> String? {
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return nil }
        let rest = lower.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@").last ?? authority
        let host = hostAndPort.prefix { $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }

    static func isGovernment(_ host: String) -> Bool {
        let labels = host.split(separator: ".").map(String.init)
        guard let last = labels.last else { return false }
        if topLevel.contains(last) { return true }
        if suffixes.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return true }
        if labels.count >= 3, last.count == 2, secondLevel.contains(labels[labels.count - 2]) { return true }
        // U.S. states and localities: <anything>.<state>.us (ilga.il.us, ci.chicago.il.us).
        if last == "us", labels.count >= 3, labels[labels.count - 2].count == 2 { return true }
        return false
    }

    /// Whether `host` is a listed host or under one.
    static func isListed(_ host: String, in listed: [String: String]) -> Bool {
        listed.keys.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}
