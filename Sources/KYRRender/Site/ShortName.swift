import KYRModel

/// Whether a heading adds an agency's short name after its name, "U.S. Immigration and Customs
/// Enforcement (ICE)". Not when the name already shows it: translated names often keep the
/// English letters ("미국 세관국경보호국(CBP)과 ...", "Otros agentes federales (FBI, DEA, ATF,
/// U.S. Marshals)"), and "(FBI, DEA, ATF y USMS)" after them would say the same thing twice.
/// Not for a note about papers either ("Warrants and other papers ... (Warrants)"). The site's
/// headings and the plain texts both ask here.
enum ShortName {
    /// Whether a heading of `note` adds `shortName` after `name` (both as plain text).
    static func isShown(_ shortName: String, after name: String, in note: AgencyNote) -> Bool {
        note.noteKind == .agency && isShown(shortName, after: name)
    }

    /// Whether `shortName` adds something to `name`: false when the short name's first word
    /// (up to a space or a comma of any script) is a whole word of the name, compared as written,
    /// so "ICE" is not found in "Service".
    static func isShown(_ shortName: String, after name: String) -> Bool {
        guard let first = words(shortName).first else { return false }
        return !words(name).contains(first)
    }

    /// Runs of letters and digits: words as a reader of any script would pick them out.
    private static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }
}
