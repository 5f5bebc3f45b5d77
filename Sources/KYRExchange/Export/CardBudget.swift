/// About how long a wallet-card line may be in a translation: the card's lines share a
/// 3.5 × 2 in card, and at the smallest size kyr prints (6 pt) the English fills part of it.
/// Measured by the driver with the print stage's layout; the translation may grow by the
/// room left, spread evenly over the lines. Characters are a rough measure (wide scripts such as
/// Chinese and Korean take about twice the room per character), so `kyr check` decides, after
/// real layout (`card-overflow`).
package struct CardBudget: Sendable, Hashable {
    /// Characters of the English line as written.
    package var englishCharacters: Int
    /// About how many characters the translated line may take.
    package var characters: Int
    /// How much of the card's room the English lines fill at 6 pt, in percent.
    package var englishFill: Int

    package init(englishCharacters: Int, characters: Int, englishFill: Int) {
        self.englishCharacters = englishCharacters
        self.characters = characters
        self.englishFill = englishFill
    }
}
