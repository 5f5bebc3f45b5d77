import KYRModel

/// Which URLs content may contain: links leave the site, so only schemes that are safe to
/// open (no `javascript:`, no plain `http:` that leaks readers on open networks).
enum URLRules {
    /// Schemes allowed in inline links.
    static let linkSchemes = ["https", "tel", "mailto", "sms"]

    /// Why `text` is not an acceptable absolute https URL, if it is not.
    static func httpsProblem(_ text: String) -> (code: DiagnosticCode, message: String)? {
        guard let scheme = scheme(of: text) else {
            return (.invalidValue, "is not an absolute URL; write it as https://...")
        }
        guard scheme == "https" else {
            return (.linkScheme, "uses the scheme '\(scheme)'; only https is allowed here")
        }
        // Scanned as UTF-8 (every link of every translation passes here): "//", then a host
        // with a dot up to the first '/', and no whitespace anywhere.
        let bytes = text.utf8.dropFirst("https:".utf8.count)
        let host = bytes.dropFirst(2).prefix { $0 != UInt8(ascii: "/") }
        guard bytes.starts(with: "//".utf8), host.contains(UInt8(ascii: ".")),
            !text.unicodeScalars.contains(where: \.isUnicodeWhitespace)
        else { return (.invalidValue, "is not a valid https URL") }
        return nil
    }

    /// Why an inline link target is not acceptable, if it is not.
    static func linkProblem(_ target: String) -> (code: DiagnosticCode, message: String)? {
        guard let scheme = scheme(of: target) else {
            return (.linkScheme, "link '\(target)' has no scheme; write https://..., tel:, mailto: or sms:")
        }
        guard linkSchemes.contains(scheme) else {
            return (.linkScheme, "link scheme '\(scheme)' is not allowed; use https, tel, mailto or sms")
        }
        if scheme == "https" { return httpsProblem(target).map { ($0.code, "link '\(target)' \($0.message)") } }
        guard target.utf8.count > scheme.utf8.count + 1 else {
            return (.invalidValue, "link '\(target)' is empty after '\(scheme):'")
        }
        return nil
    }

    /// The lower-cased scheme of `text`, if it starts with one (`letter *(letter / digit / + / - / .) :`).
    static func scheme(of text: String) -> String? {
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon != bytes.startIndex else { return nil }
        let candidate = bytes[..<colon]
        guard isASCIILetter(candidate.first!),
            candidate.allSatisfy({
                isASCIILetter($0) || (48...57).contains($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
                    || $0 == UInt8(ascii: ".")
            })
        else { return nil }
        return String(decoding: candidate.map { $0 | 0x20 }, as: UTF8.self)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (97...122).contains(byte)
    }
}
