/// Paper for printed handouts.
package enum PaperSize: String, Sendable, Hashable, CaseIterable {
    case letter
    case a4
}
