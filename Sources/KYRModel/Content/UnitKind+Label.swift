/// The interface strings readers see beside a unit, the same in every output.
extension UnitKind {
    /// The label naming this kind of unit; plain paragraphs have none.
    package var label: InterfaceString? {
        switch self {
        case .text: nil
        case .step: .kindStep
        case .right: .kindRight
        case .warning: .kindWarning
        case .say: .kindSay
        case .tip: .kindTip
        case .cue: .kindCue
        case .document: .kindDocument
        case .may: .kindMay
        case .mayNot: .kindMayNot
        case .policy: .kindPolicy
        }
    }
}

extension Basis {
    /// The interface string readers see next to a unit with this basis.
    package var label: InterfaceString {
        switch self {
        case .official: .official
        case .reported: .reported
        case .community: .community
        }
    }
}
