/// Lays out printed text exactly as the print output will, for the checks that only real layout
/// can decide: whether a wallet card's lines fit the card, whether a one-page handout stays on
/// one page. Declared here so KYRCheck can ask without importing the print stage; KYRPrint
/// implements it with Pango, and the driver injects it through `CheckContext`.
///
/// Each call lays out one document on the calling thread: callers may run calls side by side.
package protocol TextMeasuring: Sendable {
    /// Both sides of `guide`'s wallet card as readers of `language` get it (the front in their
    /// language; the back's lines in the source language, under a band in theirs), laid out at
    /// the card's smallest font size.
    func card(_ guide: Guide, in language: LanguageTag, publication: Publication) -> [CardFit]

    /// `guide`'s handout in `language`, laid out at its smallest font size.
    func handout(_ guide: Guide, in language: LanguageTag, publication: Publication) -> HandoutFit
}
