import KYRModel

/// Decoders for the parts guides and agency notes share: sections, units, sources, review.
enum DocumentParts {
    static let sectionKeys = ["id", "title", "units"]
    static let unitKeys = ["id", "kind", "basis", "text", "localizable-links", "sources"]
    static let sourceKeys = ["id", "kind", "title", "url"]

    static func sections(_ node: YAMLNode, _ context: DecodeContext) -> [ContentSection]? {
        guard let items = context.list(node, what: "sections") else { return nil }
        if items.isEmpty { context.report(.missingField, "sections must list at least one section", at: node) }
        var ids = UniqueIDs(what: "section", context: context)
        var sections: [ContentSection] = []
        for item in items {
            guard let fields = MappingReader(item, context, what: "a section", known: sectionKeys) else { continue }
            let id = fields.required("id").flatMap { context.slug($0, what: "section id") }
            let title = fields.required("title").flatMap { context.inline($0) }
            let list = fields.required("units").flatMap { units($0, what: "units", context) }
            guard let id, ids.insert(id), let title, let list else { continue }
            if id.value == "card" {
                context.report(.invalidID, "section id 'card' is reserved for the wallet card's keys", at: id.location)
                continue
            }
            sections.append(ContentSection(id: id, title: title, units: list))
        }
        return sections
    }

    static func units(_ node: YAMLNode, what: String, _ context: DecodeContext) -> [ContentUnit]? {
        guard let items = context.list(node, what: what) else { return nil }
        if items.isEmpty { context.report(.missingField, "\(what) must list at least one unit", at: node) }
        var ids = UniqueIDs(what: "unit", context: context)
        var units: [ContentUnit] = []
        for item in items {
            guard let fields = MappingReader(item, context, what: "a unit", known: unitKeys) else { continue }
            let id = fields.required("id").flatMap { context.slug($0, what: "unit id") }
            let kind: UnitKind? =
                fields.optional("kind").map { context.choice($0, what: "unit kind", as: UnitKind.self) } ?? .text
            let basis: Basis?? = fields.optional("basis").map { context.choice($0, what: "basis", as: Basis.self) }
            let text = fields.required("text").flatMap { context.inline($0) }
            let localizable = fields.optional("localizable-links").map {
                context.boolean($0, what: "localizable-links")
            }
            let cited = fields.optional("sources").map { sourceReferences($0, context) }
            guard let id, ids.insert(id), let kind, let text, basis != .some(nil), localizable != .some(nil),
                cited != .some(nil)
            else { continue }
            if id.value == "title" {
                context.report(.invalidID, "unit id 'title' is reserved for the section's title key", at: id.location)
                continue
            }
            units.append(
                ContentUnit(
                    id: id, kind: kind, basis: basis ?? nil, text: text,
                    localizableLinks: (localizable ?? nil) ?? false,
                    sources: (cited ?? nil) ?? []))
        }
        return units
    }

    static func sources(_ node: YAMLNode, _ context: DecodeContext) -> [Citation]? {
        guard let items = context.list(node, what: "sources") else { return nil }
        if items.isEmpty { context.report(.missingField, "sources must list at least one source", at: node) }
        var ids = UniqueIDs(what: "source", context: context)
        return items.compactMap { item -> Citation? in
            guard let fields = MappingReader(item, context, what: "a source", known: sourceKeys) else { return nil }
            let id = fields.optional("id").map { context.slug($0, what: "source id") }
            let kind = fields.optional("kind").map { context.choice($0, what: "source kind", as: SourceKind.self) }
            let title = fields.required("title").flatMap { context.text($0) }
            let url = fields.required("url").flatMap { context.httpsURL($0, what: "source url") }
            guard let title, let url, id != .some(nil), kind != .some(nil) else { return nil }
            if let id = id ?? nil, !ids.insert(id) { return nil }
            return Citation(
                title: title, url: url, location: context.location(item.start), id: id ?? nil, kind: kind ?? nil)
        }
    }

    static func legalReview(_ node: YAMLNode, _ context: DecodeContext) -> LegalReview? {
        guard
            let fields = MappingReader(
                node, context, what: "legal-review", known: ["date", "interval-days", "by", "status", "fingerprint"])
        else { return nil }
        let date = fields.required("date").flatMap { context.date($0) }
        let interval = fields.required("interval-days").flatMap {
            context.integer($0, what: "interval-days", in: 1...3650)
        }
        let reviewer = fields.optional("by").flatMap { context.text($0) }
        // Unreviewed unless said otherwise: claiming a lawyer's review must be deliberate.
        let status =
            fields.optional("status").map { context.choice($0, what: "review status", as: LegalReview.Status.self) }
            ?? .unreviewed
        let fingerprint = fields.optional("fingerprint").map { node -> Located<UInt64>? in
            guard let written = context.text(node, what: "a fingerprint") else { return nil }
            guard let value = Fingerprint.value(parsing: written) else {
                context.report(
                    .invalidValue,
                    "'\(written)' is not a fingerprint kyr wrote; run 'kyr review stamp' instead of editing it by hand",
                    at: node)
                return nil
            }
            return Located(value, at: context.location(node.start))
        }
        guard let date, let interval, let status, fingerprint != .some(nil) else { return nil }
        if status == .reviewed, reviewer == nil {
            context.report(
                .missingField, "a reviewed text must say who reviewed it: add 'by' under legal-review", at: node)
            return nil
        }
        return LegalReview(
            date: date, intervalDays: interval, reviewer: reviewer, isReviewedByLawyer: status == .reviewed,
            fingerprint: fingerprint ?? nil, location: context.location(node.start))
    }

    static func agencyReferences(_ node: YAMLNode, _ context: DecodeContext) -> [Located<String>]? {
        guard let items = context.list(node, what: "agencies") else { return nil }
        var ids = UniqueIDs(what: "agency", context: context)
        var references: [Located<String>] = []
        for item in items {
            if let id = context.slug(item, what: "agency id"), ids.insert(id) { references.append(id) }
        }
        return references
    }
}

/// Tracks IDs within one scope and reports the second use of an ID.
struct UniqueIDs {
    let what: String
    let context: DecodeContext
    private var seen: [String: SourceLocation] = [:]

    init(what: String, context: DecodeContext) {
        self.what = what
        self.context = context
    }

    /// False (after reporting) when the ID was already used in this scope.
    mutating func insert(_ id: Located<String>) -> Bool {
        if let first = seen[id.value] {
            context.report(
                .duplicateID, "\(what) id '\(id.value)' is used twice (first at line \(first.line))", at: id.location)
            return false
        }
        seen[id.value] = id.location
        return true
    }
}
