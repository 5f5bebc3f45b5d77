/// Paper for printed handouts.
public enum PaperSize: String, Sendable, Hashable, CaseIterable {
    case letter
    case a4
}
