import KYRModel

/// How plain texts are laid out.
package struct TextOptions: Sendable {
    /// The widest a line of a plain text may be, in terminal cells; 0 leaves lines unwrapped.
    /// Messages are never wrapped: phones wrap them.
    package var width: Int

    /// 72 cells: what e-mail, forums and an 80-column terminal show without wrapping again.
    package static let defaultWidth = 72

    package init(width: Int = TextOptions.defaultWidth) {
        self.width = width
    }
}
