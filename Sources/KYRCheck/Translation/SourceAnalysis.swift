import KYRModel

/// What the checks need to know about one source unit, computed once and shared by every
/// language (the source side of 20 comparisons is the same text 20 times).
struct SourceAnalysis: Sendable {
    let unit: TranslatableUnit
    let fingerprint: String
    let facts: [Fact]
    let placeholders: [String]
    let linkTargets: [String]
    let markup: MarkupShape
    /// Numbers of English month names in the text ("May 12" may become "5月12日").
    let months: Set<String>
    let wordCount: Int

    init(_ unit: TranslatableUnit, variables: [String: Variable]) {
        self.unit = unit
        fingerprint = Fingerprint.of(unit.text.raw)
        facts = FactExtractor.facts(in: unit.text, variables: variables)
        placeholders = unit.text.variableReferences.map(\.name)
        linkTargets = UnitComparison.linkTargets(unit.text.nodes).map(\.target)
        markup = MarkupShape(unit.text.nodes)
        months = facts.contains { $0.kind == .number } ? UnitComparison.monthNumbers(in: unit.text.raw) : []
        wordCount = unit.text.raw.split(whereSeparator: \.isWhitespace).count
    }
}
