import KYRModel

/// What `kyr build` adds after its summary: which languages readers will find untranslated,
/// and how to start, so a new project's translated pages are not silently in the source
/// language.
extension CoverageReport {
    /// Notes on the published languages among `built` that are not complete; empty when all are.
    package func buildNotes(built: [LanguageTag]) -> String {
        let published = languages.filter { built.contains($0.language) && $0.policy.mode != .never }
        let source = "\(sourceLanguage.nativeName)"
        var out = ""
        let untranslated = published.filter { $0.total.units > 0 && $0.total.publishable == 0 }
        if let first = untranslated.first {
            out += "not translated yet: \(names(untranslated)): their pages show the \(source) text, marked as such\n"
            out += "  start a translation with kyr translate init --lang \(first.language); "
            out += "kyr coverage --lang \(first.language) lists what is left\n"
        }
        let partial = published.filter { $0.total.publishable > 0 && $0.total.percentComplete < 100 }
        if !partial.isEmpty {
            let list = partial.map { "\($0.language) (\(Self.percent($0.total.percentComplete))%)" }
            out += "partly translated: \(list.joined(separator: ", ")); kyr coverage lists what is left\n"
        }
        let interface = published.filter { !$0.hasBuiltInStrings && $0.interfaceStringsInSource > 0 }
        if !interface.isEmpty {
            out += "interface strings in \(source): \(names(interface)): kyr has none built in for "
            out += interface.count == 1 ? "it" : "them"
            out += "; see Interface strings in docs/content-format.md\n"
        }
        return out
    }

    private func names(_ entries: [Language]) -> String {
        entries.map { "\($0.language) (\($0.language.nativeName))" }.joined(separator: ", ")
    }
}
