import KYRModel

extension Basis {
    /// The interface string readers see next to a unit with this basis.
    var label: InterfaceString {
        switch self {
        case .official: .official
        case .reported: .reported
        case .community: .community
        }
    }
}
