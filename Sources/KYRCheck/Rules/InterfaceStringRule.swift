import KYRModel

/// Every string the outputs use is defined: by kyr in the source language, or else by the
/// project's source strings file.
package struct InterfaceStringRule: ContentRule {
    package init() {}

    package var scope: RuleScope { .document }

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        guard let strings = content.strings,
            !content.builtInStrings.covers(content.site?.sourceLanguage ?? .english)
        else { return [] }
        let defined = Set(strings.units.map(\.key))
        let missing = InterfaceString.allCases.map(\.rawValue).filter { !defined.contains($0) }
        return missing.map {
            Diagnostic(.missingString, "missing interface string '\($0)'", at: strings.location)
        }
    }
}
