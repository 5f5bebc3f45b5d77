import KYRModel

/// Flags translations far longer or shorter than is usual for their language. "Usual" is
/// measured on the project itself (the median ratio of the language's current units), so
/// Chinese is not compared with Spanish; with too few units, a typical ratio is assumed.
struct LengthRatio {
    let language: LanguageTag
    /// How far from the usual ratio a unit may be before it is flagged.
    static let tolerance = 2.5
    /// Shorter sources vary too much to judge.
    static let minimumSourceLength = 24

    func findings(_ pairs: [(TranslatableUnit, TranslationFile.Unit)]) -> [Diagnostic] {
        let ratios = pairs.map { ratio($0.0, $0.1) }
        let measured = ratios.compactMap { $0 }.sorted()
        let usual = measured.count >= 8 ? measured[measured.count / 2] : typical
        return zip(pairs, ratios).compactMap { pair, ratio in
            let unit = pair.1
            // A silenced unit still counts towards the language's usual ratio, but is not flagged.
            guard let r = ratio, unit.allowance(for: DiagnosticCode.lengthRatio.rawValue) == nil else { return nil }
            guard r > usual * Self.tolerance || r < usual / Self.tolerance else { return nil }
            let times = r / usual
            let how = times > 1 ? String(format1(times)) + "× longer" : String(format1(1 / times)) + "× shorter"
            return Diagnostic(.lengthRatio, "'\(unit.key.value)' is \(how) than usual for \(language); is something missing or added?",
                              at: unit.text.location)
        }
    }

    private func ratio(_ source: TranslatableUnit, _ unit: TranslationFile.Unit) -> Double? {
        // UTF-8 length first: it is O(1), and a short source needs no scalar count.
        guard source.text.raw.utf8.count >= Self.minimumSourceLength else { return nil }
        let s = Self.scalarCount(source.text.raw)
        guard s >= Self.minimumSourceLength else { return nil }
        return Double(Self.scalarCount(unit.text.raw)) / Double(s)
    }

    /// Unicode scalars, counted as UTF-8 lead bytes (String's own count walks index by index).
    static func scalarCount(_ text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// Characters of translation per character of English, roughly, when the project has too few units to measure.
    private var typical: Double {
        switch language.identifier.split(separator: "-").first ?? "" {
        case "zh", "ja": 0.35
        case "ko": 0.5
        default: 1.15
        }
    }

    private func format1(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
