/// Whether a language tag is well-formed BCP 47 (RFC 5646, section 2.1), as XLIFF's `srcLang`,
/// `trgLang` and `xml:lang` must be. The schema's `xs:language` allows more (a one-letter tag).
enum LanguageTagSyntax {
    static func isWellFormed(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).map { String($0) }
        guard !subtags.contains(where: { $0.isEmpty || $0.count > 8 || !$0.allSatisfy(isAlphanumeric) }) else {
            return false
        }
        let lower = subtags.map { $0.lowercased() }
        // Private use (x-...) and the irregular i- tags stand on their own.
        if lower[0] == "x" { return isPrivateUse(lower[...]) }
        if lower[0] == "i" { return lower.count >= 2 }
        var index = 0
        // language: 2-3 letters with up to three 3-letter extlangs, or 4-8 letters.
        guard lower[0].allSatisfy(isLetter), (2...8).contains(lower[0].count) else { return false }
        index = 1
        if lower[0].count <= 3 {
            var extlangs = 0
            while index < lower.count, lower[index].count == 3, lower[index].allSatisfy(isLetter), extlangs < 3 {
                index += 1
                extlangs += 1
            }
        }
        if index < lower.count, lower[index].count == 4, lower[index].allSatisfy(isLetter) { index += 1 }  // script
        if index < lower.count,  // region
            (lower[index].count == 2 && lower[index].allSatisfy(isLetter))
                || (lower[index].count == 3 && lower[index].allSatisfy(isDigit))
        {
            index += 1
        }
        while index < lower.count, isVariant(lower[index]) { index += 1 }
        while index < lower.count, lower[index].count == 1, lower[index] != "x" {  // extensions
            index += 1
            let start = index
            while index < lower.count, (2...8).contains(lower[index].count) { index += 1 }
            guard index > start else { return false }
        }
        if index < lower.count, lower[index] == "x" { return isPrivateUse(lower[index...]) }
        return index == lower.count
    }

    private static func isPrivateUse(_ subtags: ArraySlice<String>) -> Bool {
        subtags.count >= 2 && subtags.dropFirst().allSatisfy { (1...8).contains($0.count) }
    }

    private static func isVariant(_ subtag: String) -> Bool {
        (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first.map(isDigit) == true)
    }

    private static func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    private static func isAlphanumeric(_ c: Character) -> Bool { isLetter(c) || isDigit(c) }
}
