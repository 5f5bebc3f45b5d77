import KYRModel

/// Decodes `Content/site.yaml`.
enum SiteDecoder {
    static let keys = [
        "source-language", "languages", "organization", "base-url", "paper", "sms-segments", "official-hosts",
        "variables",
    ]

    static func decode(_ root: YAMLNode, _ context: DecodeContext) -> Site? {
        guard let fields = MappingReader(root, context, what: "site.yaml", known: keys) else { return nil }
        let source = fields.required("source-language").flatMap { context.language($0) }
        let languages = fields.required("languages").flatMap { decodeLanguages($0, source: source, context) }
        let organization = fields.required("organization").flatMap { decodeOrganization($0, context) }
        // Optional: a project with no public address yet leaves it out, and nothing carries one.
        let baseURL = fields.optional("base-url").flatMap { context.httpsURL($0, what: "base-url") }
        let paper =
            fields.optional("paper").map { context.choice($0, what: "paper size", as: PaperSize.self) } ?? .letter
        let smsSegments = fields.optional("sms-segments").map {
            context.integer($0, what: "sms-segments", in: Site.smsSegmentRange)
        }
        let variables = fields.optional("variables").flatMap { decodeVariables($0, context) } ?? ([:], [])
        let officialHosts = fields.optional("official-hosts").flatMap { decodeOfficialHosts($0, context) } ?? [:]
        // Without the languages nothing else can be judged; other fields fall back to defaults
        // (their errors are already reported) so checks of variables and translations still run.
        guard let source, let languages else { return nil }
        var site = Site(
            sourceLanguage: source, languages: languages.tags, organizationName: organization?.name ?? "",
            organizationURL: organization?.url, baseURL: baseURL, paper: paper ?? .letter,
            variables: variables.valid, file: context.file)
        site.invalidVariableNames = variables.invalid
        site.policies = languages.policies
        site.smsSegments = (smsSegments ?? nil) ?? Site.defaultSMSSegments
        site.officialHosts = officialHosts
        site.baseURLLocation = fields.optional("base-url").map { context.location($0.start) }
        return site
    }

    /// `official-hosts`: lower-case host names, each with the reason it publishes official texts.
    private static func decodeOfficialHosts(_ node: YAMLNode, _ context: DecodeContext) -> [String: String]? {
        guard let fields = MappingReader(node, context, what: "official-hosts", known: nil) else { return nil }
        var hosts: [String: String] = [:]
        for (key, value) in fields.entries {
            guard let host = context.text(key, what: "a host name") else { continue }
            let valid =
                !host.isEmpty && host == host.lowercased()
                && host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
                && !host.hasPrefix(".") && !host.hasSuffix(".") && host.contains(".")
            guard valid else {
                context.report(
                    .invalidValue,
                    "'\(host)' is not a host name: write it as it appears in addresses, in lower case (www.example.org)",
                    at: key)
                continue
            }
            // A blank reason is reported by text(), which refuses blank texts.
            guard let reason = context.text(value, what: "the reason") else { continue }
            hosts[host] = reason
        }
        return hosts
    }

    static let languageKeys = ["tag", "publish", "min-state"]

    /// A language is a tag, or a mapping with the tag and its publish policy.
    private static func decodeLanguages(_ node: YAMLNode, source: LanguageTag?, _ context: DecodeContext)
        -> (tags: [Located<LanguageTag>], policies: [LanguageTag: PublishPolicy])?
    {
        guard let items = context.list(node, what: "languages") else { return nil }
        var result: [Located<LanguageTag>] = []
        var policies: [LanguageTag: PublishPolicy] = [:]
        for item in items {
            var policy: PublishPolicy?
            var tagNode = item
            if case .mapping = item.value {
                guard let fields = MappingReader(item, context, what: "a language", known: languageKeys),
                    let tag = fields.required("tag")
                else { continue }
                tagNode = tag
                let mode = fields.optional("publish").map {
                    context.choice($0, what: "publish mode", as: PublishPolicy.Mode.self)
                }
                let state = fields.optional("min-state").map {
                    context.choice($0, what: "translation state", as: TranslationState.self)
                }
                // An invalid policy is reported; the language itself still counts, with the default policy.
                policy = PublishPolicy(mode: (mode ?? nil) ?? .fallback, minimumState: (state ?? nil) ?? .draft)
            }
            guard let tag = context.language(tagNode) else { continue }
            if let policy { policies[tag] = policy }
            if tag == source {
                context.report(
                    .duplicateID, "'\(tag)' is the source language; list only the target languages", at: item)
            } else if let first = result.first(where: { $0.value == tag }) {
                context.report(
                    .duplicateID, "language '\(tag)' is listed twice (first at line \(first.location.line))", at: item)
            } else {
                result.append(Located(tag, at: context.location(tagNode.start)))
            }
        }
        return (result, policies)
    }

    private static func decodeOrganization(_ node: YAMLNode, _ context: DecodeContext) -> (name: String, url: String?)?
    {
        guard let fields = MappingReader(node, context, what: "organization", known: ["name", "url"]) else {
            return nil
        }
        let name = fields.required("name").flatMap { context.text($0) }
        let url = fields.optional("url").flatMap { context.httpsURL($0, what: "organization url") }
        return name.map { ($0, url) }
    }

    private static func decodeVariables(_ node: YAMLNode, _ context: DecodeContext) -> (
        valid: [String: Variable], invalid: Set<String>
    )? {
        guard let fields = MappingReader(node, context, what: "variables", known: nil) else { return nil }
        var valid: [String: Variable] = [:]
        var invalid: Set<String> = []
        for (key, value) in fields.entries {
            guard let name = context.slug(key, what: "variable name") else {
                if let name = key.scalar { invalid.insert(name) }
                continue
            }
            if let variable = decodeVariable(name.value, value, context) {
                valid[name.value] = variable
            } else {
                invalid.insert(name.value)
            }
        }
        return (valid, invalid)
    }

    private static func decodeVariable(_ name: String, _ node: YAMLNode, _ context: DecodeContext) -> Variable? {
        let location = context.location(node.start)
        if node.scalar != nil {
            return context.text(node, what: "the value of '\(name)'").map {
                Variable(name: name, kind: .text, value: $0, label: nil, location: location)
            }
        }
        let kinds = Variable.Kind.allCases.map(\.rawValue)
        guard let fields = MappingReader(node, context, what: "variable '\(name)'", known: kinds + ["label"]) else {
            return nil
        }
        let present = kinds.filter { fields.keyNode($0) != nil }
        guard present.count == 1, let kind = Variable.Kind(rawValue: present[0]) else {
            context.report(
                present.isEmpty ? .missingField : .invalidValue,
                "variable '\(name)' needs exactly one of: \(kinds.joined(separator: ", "))", at: node)
            return nil
        }
        let label = fields.optional("label").flatMap { context.text($0) }
        guard let valueNode = fields.required(kind.rawValue), let value = context.text(valueNode) else { return nil }
        if let problem = problem(kind: kind, value: value) {
            context.report(
                problem.code, "\(kind.rawValue) '\(value)' of variable '\(name)' \(problem.message)", at: valueNode)
            return nil
        }
        return Variable(name: name, kind: kind, value: value, label: label, location: location)
    }

    private static func problem(kind: Variable.Kind, value: String) -> (code: DiagnosticCode, message: String)? {
        switch kind {
        case .phone:
            let allowed = Set("0123456789 +-.()")
            let digits = value.filter(\.isASCII).filter(\.isNumber).count
            if !value.allSatisfy(allowed.contains) || digits < 3 {
                return (.invalidValue, "is not a phone number: use digits, spaces, '+', '-', '.', '(' and ')'")
            }
            return nil
        case .url:
            return URLRules.httpsProblem(value)
        case .email:
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || value.contains(where: \.isWhitespace)
            {
                return (.invalidValue, "is not an e-mail address")
            }
            return nil
        case .text:
            return nil
        }
    }
}
