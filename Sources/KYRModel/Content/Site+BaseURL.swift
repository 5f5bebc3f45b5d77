/// The site's public address as outputs may print it: QR codes, messages and plain texts are read
/// on another device, where an address that leads nowhere (a placeholder from an example, a test
/// host) is worse than none.
extension Site {
    /// `base-url` unless it is a placeholder or reserved address; nil when the site has none.
    package var publicBaseURL: String? {
        guard let baseURL, !Self.isPlaceholder(baseURL) else { return nil }
        return baseURL
    }

    /// Hosts reserved for examples, tests and this machine (RFC 2606, RFC 6761): no reader can
    /// reach a page there.
    static let reservedDomains = [
        "example.org", "example.com", "example.net", "example", "test", "invalid", "localhost", "local",
    ]

    /// Whether `url`'s host is a reserved or placeholder one (or a loopback address).
    package static func isPlaceholder(_ url: String) -> Bool {
        guard let host = host(of: url) else { return false }
        if reservedDomains.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return true }
        return host.hasPrefix("127.") || host == "[::1]" || host == "0.0.0.0"
    }

    /// The lower-case host of an `https://` address.
    static func host(of url: String) -> String? {
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return nil }
        let authority = lower.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let afterUser = authority.split(separator: "@").last ?? authority
        if afterUser.hasPrefix("[") { return afterUser.firstIndex(of: "]").map { String(afterUser[...$0]) } }
        let host = afterUser.prefix { $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }
}
