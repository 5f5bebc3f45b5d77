import CPangoCairo

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fontconfig configuration holding only the fonts kyr names (`FontFamilies`), built once
/// from the files the system's configuration finds for them.
///
/// Why not the system's: Pango asks fontconfig to sort every installed font for each new
/// font, size and language, and with fonts-noto-core's hundreds of faces that sorting was a
/// third of `kyr check`'s time. With a dozen faces it is nothing. It also makes the PDFs the
/// same whatever else a machine has installed: no text can fall back to a font nobody chose
/// (DejaVu for Arabic, or Noto Sans CJK, whose CFF outlines cairo 1.16 can blank).
enum FontConfiguration {
    /// The font files of the families kyr names, as the system's configuration finds them.
    static let files: [String] = {
        var files: [String] = []
        let wanted = FontFamilies.all + FontFamilies.fallbacks
        for family in wanted {
            let pattern = FcPatternCreate()!
            defer { FcPatternDestroy(pattern) }
            _ = family.withCString { name in
                name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) {
                    FcPatternAddString(pattern, FC_FAMILY, $0)
                }
            }
            let objects = FcObjectSetCreate()!
            defer { FcObjectSetDestroy(objects) }
            FcObjectSetAdd(objects, FC_FILE)
            FcObjectSetAdd(objects, FC_FAMILY)
            guard let set = FcFontList(nil, pattern, objects) else { continue }
            defer { FcFontSetDestroy(set) }
            for index in 0..<Int(set.pointee.nfont) {
                var file: UnsafeMutablePointer<FcChar8>?
                guard let font = set.pointee.fonts[index], FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch,
                    let file
                else { continue }
                let path = String(cString: UnsafeRawPointer(file).assumingMemoryBound(to: CChar.self))
                if !files.contains(path) { files.append(path) }
            }
        }
        return files.sorted()
    }()

    /// Each font file with its size and modification time, one per line: what changes when a
    /// font package is updated, for incremental builds.
    static let identity: String = files.map { path in
        var info = stat()
        guard stat(path, &info) == 0 else { return path + " missing" }
        return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }.joined(separator: "\n")

    /// nil when none of the families is installed (then the system's configuration is used).
    static let kyr: SendableConfig? = {
        guard !files.isEmpty, let config = FcConfigCreate() else { return nil }
        // The one rule of the system's configuration print needs: bold made from the regular
        // face where a family has no bold (WenQuanYi Micro Hei), as fontconfig's
        // 90-synthetic.conf does.
        let synthetic = """
            <?xml version="1.0"?>
            <fontconfig>
              <match target="font">
                <test name="weight" compare="less_eq"><const>medium</const></test>
                <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
                <edit name="embolden" mode="assign"><bool>true</bool></edit>
                <edit name="weight" mode="assign"><const>bold</const></edit>
              </match>
            </fontconfig>
            """
        _ = synthetic.withCString { xml in
            xml.withMemoryRebound(to: FcChar8.self, capacity: synthetic.utf8.count + 1) {
                FcConfigParseAndLoadFromMemory(config, $0, 1)
            }
        }
        for path in files {
            _ = path.withCString { name in
                name.withMemoryRebound(to: FcChar8.self, capacity: path.utf8.count + 1) {
                    FcConfigAppFontAddFile(config, $0)
                }
            }
        }
        return SendableConfig(pointer: config)
    }()

    /// A configuration is read-only once built; fontconfig locks what it shares.
    struct SendableConfig: @unchecked Sendable {
        let pointer: OpaquePointer
    }
}
