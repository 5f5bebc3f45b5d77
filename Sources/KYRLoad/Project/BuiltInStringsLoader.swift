import KYRModel

/// Reads the interface strings compiled into kyr (`Sources/KYRLoad/Strings/<lang>.yaml`, embedded
/// by SwiftPM) with the same parser and decoder as a project's strings files. They are parsed
/// once per process; a test checks that every file loads without a diagnostic.
package enum BuiltInStringsLoader {
    /// The embedded files by language tag. SwiftPM names each after its file name with dots
    /// and hyphens as underscores, and cannot list them.
    static let files: [(tag: String, bytes: [UInt8])] = [
        ("ar", PackageResources.ar_yaml), ("en", PackageResources.en_yaml), ("es", PackageResources.es_yaml),
        ("hi", PackageResources.hi_yaml), ("ko", PackageResources.ko_yaml), ("pl", PackageResources.pl_yaml),
        ("tl", PackageResources.tl_yaml), ("uk", PackageResources.uk_yaml), ("zh-Hans", PackageResources.zh_Hans_yaml),
    ]

    /// The built-in strings, and any problem reading them (there should be none).
    package static let loaded: (strings: BuiltInStrings, diagnostics: [Diagnostic]) = {
        var texts: [LanguageTag: [String: InlineText]] = [:]
        var diagnostics: [Diagnostic] = []
        for (tag, bytes) in files {
            guard let language = try? LanguageTag.parse(tag).get() else { continue }
            let name = "built-in strings/\(tag).yaml"
            let parsed = YAMLParser(file: name).parse(bytes)
            diagnostics += parsed.diagnostics
            guard let root = parsed.root, let text = parsed.text else { continue }
            let context = DecodeContext(file: name, text: text)
            let file = StringsDecoder.decode(root, context)
            diagnostics += context.diagnostics
            texts[language] = Dictionary(
                (file?.units ?? []).map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
        }
        return (BuiltInStrings(texts), diagnostics)
    }()
}
