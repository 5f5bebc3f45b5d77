import KYRModel

/// What the checks need to know about one source unit, computed once and shared by every
/// language (the source side of 20 comparisons is the same text 20 times). A class: every
/// comparison refers to it, and copying its many fields per language showed up in profiles.
final class SourceAnalysis: Sendable {
    let unit: TranslatableUnit
    let fingerprint: UInt64
    /// `Fingerprint.head` of the text: a cheap first test for "identical to the source".
    let head: UInt64
    let facts: [Fact]
    let placeholders: [String]
    let linkTargets: [String]
    let markup: MarkupShape
    /// Numbers the text writes as English words, months included ("May 12" may become
    /// "5月12日", "Fourth Amendment" "제4조"): a translation may write them as digits.
    let wordNumbers: Set<String>
    let wordCount: Int

    init(_ unit: TranslatableUnit, variables: [String: Variable]) {
        self.unit = unit
        fingerprint = unit.fingerprint
        head = Fingerprint.head(unit.text.raw)
        facts = FactExtractor.facts(in: unit.text, variables: variables)
        placeholders = unit.text.variableReferences.map(\.name)
        linkTargets = UnitComparison.linkTargets(unit.text.nodes).map(\.target)
        markup = MarkupShape(unit.text.nodes)
        wordNumbers = UnitComparison.wordNumbers(in: unit.text.raw)
        wordCount = Self.words(in: unit.text.raw)
    }

    /// Runs of non-whitespace scalars.
    static func words(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let space = scalar.isUnicodeWhitespace
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
