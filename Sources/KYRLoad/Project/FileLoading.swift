import Foundation
import KYRModel

/// Reads, parses and decodes one content file according to its role.
enum FileLoading {
    enum Payload: Sendable {
        case site(Site)
        case history(path: String, texts: [String: String])
        case guide(Guide)
        case agency(AgencyNote)
        case strings(StringsFile)
        case translation(TranslationFile)
    }

    struct Outcome: Sendable {
        var payload: Payload?
        var diagnostics: [Diagnostic]
        var text: String?
        /// For a site.yaml that failed to decode: its source language, if that much was readable.
        var declaredSourceLanguage: LanguageTag?
    }

    static func load(_ file: ContentFile, sourceLanguage: LanguageTag) -> Outcome {
        let bytes: [UInt8]
        switch read(file) {
        case .success(let read): bytes = read
        case .failure(let diagnostic): return Outcome(payload: nil, diagnostics: [diagnostic], text: nil)
        }
        let parsed = YAMLParser(file: file.displayPath).parse(bytes)
        guard let text = parsed.text else { return Outcome(payload: nil, diagnostics: parsed.diagnostics, text: nil) }
        guard let root = parsed.root, !parsed.diagnostics.contains(where: { $0.code == .tooDeep || $0.code == .yamlSyntax || $0.code == .multipleDocuments }) else {
            var diagnostics = parsed.diagnostics
            if parsed.root == nil && diagnostics.isEmpty {
                diagnostics.append(Diagnostic(.missingField, "file is empty", at: SourceLocation(file: file.displayPath, line: 1, column: 1)))
            }
            return Outcome(payload: nil, diagnostics: diagnostics, text: text)
        }
        let context = DecodeContext(file: file.displayPath, text: text)
        let payload = decode(root, file.role, sourceLanguage: sourceLanguage, context)
        var outcome = Outcome(payload: payload, diagnostics: parsed.diagnostics + context.diagnostics, text: text)
        if case .site = file.role, payload == nil, case .mapping(let pairs) = root.value,
           let node = pairs.first(where: { $0.key.scalar == "source-language" })?.value, let tag = node.scalar {
            outcome.declaredSourceLanguage = try? LanguageTag.parse(tag).get()
        }
        return outcome
    }

    private static func decode(_ root: YAMLNode, _ role: ContentFile.Role, sourceLanguage: LanguageTag,
                               _ context: DecodeContext) -> Payload? {
        switch role {
        case .site:
            return SiteDecoder.decode(root, context).map(Payload.site)
        case .document(let kind, let id, let language) where language == sourceLanguage:
            switch kind {
            case .guide: return GuideDecoder.decode(root, id: id, context).map(Payload.guide)
            case .agency: return AgencyNoteDecoder.decode(root, id: id, context).map(Payload.agency)
            case .strings: return StringsDecoder.decode(root, context).map(Payload.strings)
            }
        case .history(let kind, let id):
            return HistoryDecoder.decode(root, context).map { Payload.history(path: kind.documentPath(id), texts: $0) }
        case .document(let kind, let id, let language):
            return TranslationDecoder.decode(root, kind: kind, id: id, language: language, context).map(Payload.translation)
        }
    }

    /// The file's bytes, refusing oversized files before reading them.
    private static func read(_ file: ContentFile) -> Result<[UInt8], Diagnostic> {
        let manager = FileManager.default
        if let size = (try? manager.attributesOfItem(atPath: file.absolutePath))?[.size] as? Int, size > YAMLParser.maxFileSize {
            return .failure(Diagnostic(.fileTooLarge, "file is \(size) bytes; content files may be at most \(YAMLParser.maxFileSize) bytes (1 MiB)",
                                       at: .file(file.displayPath)))
        }
        guard let data = manager.contents(atPath: file.absolutePath) else {
            return .failure(Diagnostic(.unreadableFile, "cannot read file", at: .file(file.displayPath)))
        }
        return .success([UInt8](data))
    }
}
