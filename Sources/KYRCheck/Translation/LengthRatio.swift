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

    /// One current unit long enough to judge: only what a finding needs, so the per-language
    /// list holds no copies of whole units.
    struct Sample {
        var ratio: Double
        var key: String
        var location: SourceLocation
        /// Whether the unit silences this check (it still counts towards the usual ratio).
        var allowed: Bool
    }

    /// The sample for a unit whose source is `sourceScalars` long, or nil when that is too short to judge.
    static func sample(sourceScalars: Int, _ unit: TranslationFile.Unit) -> Sample? {
        guard sourceScalars >= minimumSourceLength else { return nil }
        return Sample(
            ratio: Double(scalarCount(unit.text.raw)) / Double(sourceScalars), key: unit.key.value,
            location: unit.text.location, allowed: unit.allowance(for: DiagnosticCode.lengthRatio.rawValue) != nil)
    }

    func findings(_ samples: [Sample]) -> [Diagnostic] {
        let measured = samples.map(\.ratio).sorted()
        let usual = measured.count >= 8 ? measured[measured.count / 2] : typical
        return samples.compactMap { sample in
            let r = sample.ratio
            guard !sample.allowed, r > usual * Self.tolerance || r < usual / Self.tolerance else { return nil }
            let times = r / usual
            let how = times > 1 ? String(format1(times)) + "× longer" : String(format1(1 / times)) + "× shorter"
            return Diagnostic(
                .lengthRatio, "'\(sample.key)' is \(how) than usual for \(language); is something missing or added?",
                at: sample.location)
        }
    }

    /// Unicode scalars, counted as UTF-8 lead bytes (String's own count walks index by index).
    static func scalarCount(_ text: String) -> Int {
        var text = text  // withUTF8 is mutating; a native string is not copied
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
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
