import KYRModel

/// The manifest's file, written and read byte by byte: a rebuild of a 20,000-file site reads
/// it before it can decide anything, and reading it through split strings took a third of a
/// build with nothing to do.
extension BuildManifest {
    /// The manifest as a file, entries sorted by path: five header lines, then one line per file
    /// with the key, the content hash (16 lower-case hex digits each), the size and the path.
    package var file: OutputFile {
        var bytes = Array((Self.header + "\n" + BuildKeys.scheme + "\n").utf8)
        bytes += Array("inputs \(inputs.hex)\nwarnings \(warnings)\n".utf8)
        bytes += Array(("languages " + languages.map(\.identifier).joined(separator: " ") + "\n").utf8)
        bytes.reserveCapacity(bytes.count + entries.count * 64)
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            HexWord.append(entry.key.value, to: &bytes)
            bytes.append(Self.space)
            HexWord.append(entry.contents.value, to: &bytes)
            bytes.append(Self.space)
            bytes += Array(String(entry.size).utf8)
            bytes.append(Self.space)
            bytes += Array(path.utf8)
            bytes.append(Self.newline)
        }
        return OutputFile(path: Self.fileName, contents: bytes)
    }

    /// The manifest in `text`; nil for anything that is not one this kyr writes.
    package init?(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// The manifest in `bytes`; nil for anything that is not one this kyr writes.
    package init?(bytes: [UInt8]) {
        guard let manifest = bytes.withUnsafeBufferPointer({ Self.read($0) }) else { return nil }
        self = manifest
    }

    private static let space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n")

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> BuildManifest? {
        var lines: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            guard let end = bytes[start...].firstIndex(of: newline) else { return nil }  // the last line is ended
            lines.append(start..<end)
            start = end + 1
        }
        func text(_ line: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[lines[line]]), as: UTF8.self)
        }
        guard lines.count >= 5, text(0) == header, text(1) == BuildKeys.scheme else { return nil }
        let inputsLine = text(2)
        let warningsLine = text(3)
        let languagesLine = text(4)
        guard inputsLine.hasPrefix("inputs "), let inputs = ContentHash(hex: inputsLine.dropFirst("inputs ".count)),
            warningsLine.hasPrefix("warnings "), let warnings = Int(warningsLine.dropFirst("warnings ".count)),
            languagesLine.hasPrefix("languages ")
        else { return nil }
        var languages: [LanguageTag] = []
        for tag in languagesLine.dropFirst("languages ".count).split(separator: " ") {
            guard let language = try? LanguageTag.parse(String(tag)).get() else { return nil }
            languages.append(language)
        }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(lines.count - 5)
        for line in lines.dropFirst(5) {
            guard let (path, entry) = Self.entry(UnsafeBufferPointer(rebasing: bytes[line])) else { return nil }
            entries[path] = entry
        }
        return BuildManifest(inputs: inputs, warnings: warnings, languages: languages, entries: entries)
    }

    /// `<key> <contents> <size> <path>`, as `file` writes it.
    private static func entry(_ line: UnsafeBufferPointer<UInt8>) -> (String, Entry)? {
        guard line.count > 36, line[16] == space, line[33] == space,
            let key = HexWord.value(UnsafeBufferPointer(rebasing: line[0..<16])),
            let contents = HexWord.value(UnsafeBufferPointer(rebasing: line[17..<33]))
        else { return nil }
        var index = 34
        var size = 0
        while index < line.count, line[index] != space {
            let digit = line[index] &- UInt8(ascii: "0")
            guard digit < 10, size <= (Int.max - Int(digit)) / 10 else { return nil }
            size = size * 10 + Int(digit)
            index += 1
        }
        // At least one digit, a space, and a path of at least one byte.
        guard index > 34, index + 1 < line.count else { return nil }
        let path = String(decoding: UnsafeBufferPointer(rebasing: line[(index + 1)...]), as: UTF8.self)
        return (path, Entry(key: ContentHash(value: key), contents: ContentHash(value: contents), size: size))
    }
}
