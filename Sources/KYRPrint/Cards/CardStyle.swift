/// The wallet card's size and type: business-card size, like the "red cards" people carry.
enum CardStyle {
    /// 3.5 × 2 in.
    static let width = 252.0
    static let height = 144.0
    /// 1/8 in beyond the trim on every side, for print shops.
    static let bleed = 9.0
    /// Text keeps this far inside the trim, so a cut a little off never touches it.
    static let margin = 9.0

    /// The front's line size: 9 pt, down to 6 pt when a language needs the room.
    static let frontSizes = sizes(from: 9, to: minimumSize)
    /// The back's (the English for the agent) starts larger: it is read at arm's length.
    static let backSizes = sizes(from: 10, to: minimumSize)
    /// The smallest size a card is meant to be set in; a card that needs less gets a
    /// `card-overflow` warning from `kyr check`.
    static let minimumSize = 6.0
    /// Below the minimum, a card that still does not fit is set smaller, down to this, rather
    /// than printed with a statement cut off; the check has warned by then.
    static let emergencySizes = sizes(from: minimumSize - 0.25, to: 4)
    /// The band's text.
    static let bandSize = 7.5
    /// The notices at the front's foot (draft, not reviewed): small, but there on every card.
    static let noticeSize = 5.5

    private static func sizes(from largest: Double, to smallest: Double) -> [Double] {
        Array(stride(from: largest, through: smallest, by: -0.25))
    }
}
