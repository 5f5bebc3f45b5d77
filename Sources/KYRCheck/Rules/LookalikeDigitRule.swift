import KYRModel

/// Numbers a reader can trust by sight: the digits of one number all come from one script, and
/// that script is one the text's language writes numbers with. A phone number in Bengali
/// digits inside a Hindi text has the right value, and shows ৪ where a reader sees 8.
package struct LookalikeDigitRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        let source = content.site?.sourceLanguage ?? .english
        var out: [Diagnostic] = []
        for document in content.sourceDocuments {
            for unit in document.translatableUnits { out += problems(unit.text, language: source) }
        }
        for file in content.translations {
            for index in file.units.indices { out += problems(file.units[index].text, language: file.language) }
        }
        return out
    }

    /// The first problem of each number in `text`.
    func problems(_ text: InlineText, language: LanguageTag) -> [Diagnostic] {
        // Most texts have only ASCII digits, or none: nothing to look at.
        guard text.raw.unicodeScalars.contains(where: { !$0.isASCII && Self.zero(of: $0) != nil }) else { return [] }
        let allowed = language.digitZeros
        var out: [Diagnostic] = []
        var numberZero: Unicode.Scalar?
        var reported = false
        var gap = 0
        for (offset, scalar) in text.raw.unicodeScalars.enumerated() {
            guard let zero = Self.zero(of: scalar) else {
                // A number goes on across one separator between digits (1-855-435, 3.5, 1,000).
                gap = "-.,/ ()".unicodeScalars.contains(scalar) ? gap + 1 : 2
                if gap > 1 {
                    numberZero = nil
                    reported = false
                }
                continue
            }
            gap = 0
            guard !reported else { continue }
            if let first = numberZero, first != zero {
                out.append(
                    Diagnostic(
                        .lookalikeDigits,
                        "a number mixes digits of two scripts (\(first) and \(zero)); write it in one",
                        at: text.location(ofOffset: offset)))
                reported = true
            } else if !allowed.contains(zero) {
                out.append(
                    Diagnostic(
                        .lookalikeDigits,
                        "'\(scalar)' is a digit of a script \(language) does not write numbers in, and can be mistaken for another digit; use the digits of \(language)",
                        at: text.location(ofOffset: offset)))
                reported = true
            }
            numberZero = numberZero ?? zero
        }
        return out
    }

    /// The zero of the decimal digits `scalar` belongs to, if it is a decimal digit.
    static func zero(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 ? "0" : nil }
        guard scalar.properties.generalCategory == .decimalNumber, let value = scalar.properties.numericValue else {
            return nil
        }
        return Unicode.Scalar(scalar.value - UInt32(value))
    }
}
