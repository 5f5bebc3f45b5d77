import KYRModel

/// The translator's work list: every missing or outdated unit of a language, where to work on
/// it, what it is, the English now, and for an outdated unit its translation now and what
/// changed in the English.
extension CoverageReport {
    /// The work lists of every language in the report, for the terminal.
    package func workList() -> String {
        var out = ""
        for entry in languages {
            let count = entry.work.count
            out +=
                "\(entry.language) (\(entry.language.nativeName)): "
                + (count == 0 ? "nothing to translate, every unit is current\n" : "\(count) to translate\n")
            for item in entry.work {
                out +=
                    "  \(TerminalText.escaped(item.place.description))  \(item.document):\(item.key)  \(item.role)  \(item.reason.rawValue)\n"
                let now = Fingerprint.normalized(item.source)
                if let translation = item.translation {
                    out += "      \(sourceLanguage) now: \(TerminalText.escaped(now))\n"
                    out += "      \(entry.language) now: \(TerminalText.escaped(Fingerprint.normalized(translation)))\n"
                    if let previous = item.previousSource {
                        let diff = WordDiff.plain(from: Fingerprint.normalized(previous), to: now)
                        out += "      diff: \(TerminalText.escaped(diff))\n"
                    }
                } else {
                    out += "      \(sourceLanguage): \(TerminalText.escaped(now))\n"
                }
            }
            out += "\n"
        }
        return out
    }
}
