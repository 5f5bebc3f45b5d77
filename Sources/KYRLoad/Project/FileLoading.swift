import KYRModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads, parses and decodes one content file according to its role.
enum FileLoading {
    enum Payload: Sendable {
        case site(Site)
        case history(DocumentRef, texts: [String: String])
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
        return decode(bytes, file, sourceLanguage: sourceLanguage)
    }

    /// Parses and decodes a file's bytes according to its role.
    static func decode(_ bytes: [UInt8], _ file: ContentFile, sourceLanguage: LanguageTag) -> Outcome {
        if case .document(let kind, let id, let language) = file.role, language != sourceLanguage,
            let read = TranslationStream.decode(bytes, file: file.displayPath, kind: kind, id: id, language: language)
        {
            return Outcome(payload: .translation(read.file), diagnostics: [], text: read.text)
        }
        let parsed = YAMLParser(file: file.displayPath).parse(bytes)
        guard let text = parsed.text else { return Outcome(payload: nil, diagnostics: parsed.diagnostics, text: nil) }
        guard let root = parsed.root,
            !parsed.diagnostics.contains(where: {
                $0.code == .tooDeep || $0.code == .yamlSyntax || $0.code == .multipleDocuments
            })
        else {
            var diagnostics = parsed.diagnostics
            if parsed.root == nil && diagnostics.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .missingField, "file is empty", at: SourceLocation(file: file.displayPath, line: 1, column: 1)))
            }
            return Outcome(payload: nil, diagnostics: hinted(diagnostics, text), text: text)
        }
        let context = DecodeContext(file: file.displayPath, text: text)
        let payload = decode(root, file.role, sourceLanguage: sourceLanguage, context)
        var outcome = Outcome(
            payload: payload, diagnostics: hinted(parsed.diagnostics + context.diagnostics, text), text: text)
        if case .site = file.role, payload == nil, case .mapping(let pairs) = root.value,
            let node = pairs.first(where: { $0.key.scalar == "source-language" })?.value, let tag = node.scalar
        {
            outcome.declaredSourceLanguage = try? LanguageTag.parse(tag).get()
        }
        return outcome
    }

    private static func decode(
        _ root: YAMLNode, _ role: ContentFile.Role, sourceLanguage: LanguageTag,
        _ context: DecodeContext
    ) -> Payload? {
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
            return HistoryDecoder.decode(root, context).map { Payload.history(DocumentRef(kind, id), texts: $0) }
        case .document(let kind, let id, let language):
            return TranslationDecoder.decode(root, kind: kind, id: id, language: language, context).map(
                Payload.translation)
        }
    }

    /// Diagnostics of YAML read as something other than text get the fix as a note: the line
    /// with its text in quotes.
    private static func hinted(_ diagnostics: [Diagnostic], _ text: String) -> [Diagnostic] {
        let hinted: Set<DiagnosticCode> = [.yamlSyntax, .alias, .yamlTag, .wrongType, .emptyText, .commentInText]
        guard diagnostics.contains(where: { hinted.contains($0.code) }) else { return diagnostics }
        let lines = SourceLines.split(text)
        return diagnostics.map { diagnostic in
            guard hinted.contains(diagnostic.code), diagnostic.location.line >= 1 else { return diagnostic }
            // libyaml may stop on the line after the one at fault (a value running on).
            let candidates = [diagnostic.location.line, diagnostic.location.line - 1].filter {
                $0 >= 1 && $0 <= lines.count
            }
            guard let note = candidates.lazy.compactMap({ YAMLHint.note(for: lines[$0 - 1]) }).first else {
                return diagnostic
            }
            var hinted = diagnostic
            hinted.notes.append(note)
            return hinted
        }
    }

    /// The file's bytes, refusing oversized files before reading them. One open, fstat and
    /// read per file (Foundation's attribute and content calls cost several times that).
    private static func read(_ file: ContentFile) -> Result<[UInt8], Diagnostic> {
        let unreadable = Diagnostic(.unreadableFile, "cannot read file", at: .file(file.displayPath))
        // Non-blocking, so a FIFO or device named like a content file is refused, not waited on.
        let descriptor = open(file.absolutePath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(unreadable) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failure(unreadable) }
        let size = Int(info.st_size)
        if size > YAMLParser.maxFileSize {
            return .failure(
                Diagnostic(
                    .fileTooLarge,
                    "file is \(size) bytes; content files may be at most \(YAMLParser.maxFileSize) bytes (1 MiB)",
                    at: .file(file.displayPath)))
        }
        // Read until end of file, not just `size` bytes: the file may change while we read it.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= YAMLParser.maxFileSize else { break }
                bytes.append(contentsOf: repeatElement(0, count: bytes.count))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failure(unreadable) }
            if count == 0 { break }
            filled += count
        }
        if filled > YAMLParser.maxFileSize {
            return .failure(
                Diagnostic(
                    .fileTooLarge,
                    "file is over \(YAMLParser.maxFileSize) bytes (1 MiB); content files may be at most that",
                    at: .file(file.displayPath)))
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }
}

/// The system's `read`, which `FileLoading.read` would otherwise shadow.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
