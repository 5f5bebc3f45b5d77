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

    /// What besides the content changes its measurements (the font files, the paper); empty
    /// when nothing does.
    var identity: String { get }
}

extension TextMeasuring {
    package var identity: String { "" }
}

/// The (guide, language) pairs found to fit when last measured, kept between runs by the
/// driver, keyed by everything the measurement depends on: a check lays out again only what
/// changed. Only pairs that fit are kept, so a finding is never skipped.
package protocol FitMemory: Sendable {
    /// Whether `guide` in `language`, as loaded now, fitted when last measured.
    func fits(_ guide: Guide, in language: LanguageTag) -> Bool
    /// `guide` in `language` fits: its card on both sides, its handout within its limit.
    func remember(_ guide: Guide, in language: LanguageTag)
}
