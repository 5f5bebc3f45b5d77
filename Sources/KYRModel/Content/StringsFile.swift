/// The interface strings of the outputs ("Call", "Reviewed on", ...) in the source language.
package struct StringsFile: SourceDocument {
    package var file: String
    package var units: [TranslatableUnit]
    /// Where the `units` mapping starts, for "missing string" diagnostics.
    package var location: SourceLocation

    package init(file: String, units: [TranslatableUnit], location: SourceLocation) {
        self.file = file
        self.units = units
        self.location = location
    }

    package var kind: DocumentKind { .strings }
    package var id: String { "" }
    package var translatableUnits: [TranslatableUnit] { units }
}
