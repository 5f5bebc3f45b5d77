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
        let rest = text.dropFirst("https://".count)
        guard text.lowercased().hasPrefix("https://"), let host = rest.split(separator: "/").first, host.contains("."),
              !text.contains(where: { $0.isWhitespace })
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
        guard target.count > scheme.count + 1 else { return (.invalidValue, "link '\(target)' is empty after '\(scheme):'") }
        return nil
    }

    /// The lower-cased scheme of `text`, if it starts with one (`letter *(letter / digit / + / - / .) :`).
    static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return nil }
        let candidate = text[..<colon]
        guard candidate.first!.isASCII, candidate.first!.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return candidate.lowercased()
    }
}
