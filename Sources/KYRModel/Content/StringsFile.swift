/// The interface strings of the outputs ("Call", "Reviewed on", ...) in the source language.
public struct StringsFile: SourceDocument {
    public var file: String
    public var units: [TranslatableUnit]
    /// Where the `units` mapping starts, for "missing string" diagnostics.
    public var location: SourceLocation

    public init(file: String, units: [TranslatableUnit], location: SourceLocation) {
        self.file = file
        self.units = units
        self.location = location
    }

    public var kind: DocumentKind { .strings }
    public var id: String { "" }
    public var translatableUnits: [TranslatableUnit] { units }
}
