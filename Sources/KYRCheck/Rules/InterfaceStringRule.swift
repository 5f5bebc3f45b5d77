import KYRModel

/// The source strings file defines every string the outputs use.
package struct InterfaceStringRule: ContentRule {
    package init() {}

    package func check(_ content: ContentSet, context: CheckContext) -> [Diagnostic] {
        guard let strings = content.strings else { return [] }
        let defined = Set(strings.units.map(\.key))
        let missing = InterfaceString.allCases.map(\.rawValue).filter { !defined.contains($0) }
        return missing.map {
            Diagnostic(.missingString, "missing interface string '\($0)'", at: strings.location)
        }
    }
}
