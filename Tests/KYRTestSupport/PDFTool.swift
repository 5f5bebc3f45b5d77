import Foundation

/// The PDF tools the print tests read PDFs with, as a reader's software would: qpdf (structure),
/// poppler's pdfinfo, pdffonts, pdftotext and pdftoppm, pdfminer's pdf2txt (Arabic: poppler
/// splits Arabic words) and zbarimg (QR codes). `scripts/print-deps` installs them.
package enum PDFTool {
    package struct Run {
        package var status: Int32
        /// Standard output.
        package var data: Data
        package var errors: Data

        /// Standard output then standard error, as text (decoded only when asked: a raster is
        /// megabytes of binary).
        package var output: String {
            String(decoding: data, as: UTF8.self) + String(decoding: errors, as: UTF8.self)
        }
    }

    package enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case timedOut(String)

        package var description: String {
            switch self {
            case .missing(let name): "\(name) is not installed: run scripts/print-deps"
            case .timedOut(let name): "\(name) did not finish in time"
            }
        }
    }

    /// Runs `name arguments...`; standard output as data and text, standard error appended to the text.
    package static func run(_ name: String, _ arguments: [String], timeout: TimeInterval = 60) throws -> Run {
        // pdf2txt is a Python script: run it with Debian's Python, where python3-pdfminer lives,
        // whatever python3 comes first on PATH.
        let (executable, prefix): (URL?, [String]) =
            name == "pdf2txt"
            ? (URL(fileURLWithPath: "/usr/bin/python3"), ["/usr/bin/pdf2txt"]) : (ExternalTool.find(name), [])
        guard let executable, FileManager.default.isExecutableFile(atPath: executable.path),
            prefix.allSatisfy({ FileManager.default.fileExists(atPath: $0) })
        else { throw Failure.missing(name) }
        let process = Process()
        process.executableURL = executable
        process.arguments = prefix + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var data = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            data = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw Failure.timedOut(name)
        }
        process.waitUntilExit()
        return Run(status: process.terminationStatus, data: data, errors: errors)
    }

    /// `pdfinfo`'s fields (`Pages`, `Page size`, `Title`, ...).
    package static func info(_ pdf: String) throws -> [String: String] {
        let run = try run("pdfinfo", ["-isodates", pdf])
        var fields: [String: String] = [:]
        for line in run.output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// The page sizes in points, per page.
    package static func pageSizes(_ pdf: String) throws -> [(width: Double, height: Double)] {
        let run = try run("pdfinfo", ["-f", "1", "-l", "999", pdf])
        return run.output.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }.compactMap {
            line in
            let words = line.split(separator: " ")
            guard let x = words.firstIndex(of: "x"), x > 0, x + 1 < words.count,
                let width = Double(words[x - 1]), let height = Double(words[x + 1])
            else { return nil }
            return (width, height)
        }
    }

    /// Every font `pdffonts` lists: name (subset tag removed), type, and whether it is embedded
    /// and has a Unicode map.
    package static func fonts(_ pdf: String) throws -> [(name: String, embedded: Bool, unicode: Bool)] {
        let run = try run("pdffonts", [pdf])
        return run.output.split(separator: "\n").dropFirst(2).map { line in
            let words = line.split(separator: " ")
            let name = String(words[0]).split(separator: "+").last.map(String.init) ?? String(words[0])
            // The columns from the right: object ID (2 words), uni, sub, emb.
            let count = words.count
            return (name, words[count - 5] == "yes", words[count - 3] == "yes")
        }
    }

    /// The text poppler extracts, in reading order.
    package static func text(_ pdf: String, page: Int? = nil) throws -> String {
        let pages = page.map { ["-f", String($0), "-l", String($0)] } ?? []
        return try run("pdftotext", pages + ["-enc", "UTF-8", pdf, "-"]).output
    }

    /// The words poppler finds with their boxes, in points from the page's top-left corner.
    package static func words(_ pdf: String, page: Int) throws -> [(
        text: String, xMin: Double, yMin: Double, xMax: Double, yMax: Double
    )] {
        let html = try run("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", "-enc", "UTF-8", pdf, "-"])
            .output
        var words: [(String, Double, Double, Double, Double)] = []
        // Bytes, not characters: a word that starts with an Arabic vowel mark would join the
        // tag's `>` into one character.
        for line in html.split(separator: "\n") where line.contains("<word ") {
            let bytes = Array(line.utf8)
            func number(_ key: String) -> Double? {
                guard let range = line.range(of: key + "=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let start = bytes.firstIndex(of: UInt8(ascii: ">")),
                let end = (start..<bytes.count).reversed().first(where: { bytes[$0] == UInt8(ascii: "<") }),
                end > start,
                let xMin = number("xMin"), let yMin = number("yMin"), let xMax = number("xMax"),
                let yMax = number("yMax")
            else { continue }
            let text = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            words.append((text, xMin, yMin, xMax, yMax))
        }
        return words
    }

    /// A page rasterised in gray at `dpi`: width, height and one byte per pixel (0 black, 255 white).
    package static func raster(_ pdf: String, page: Int, dpi: Int) throws -> (width: Int, height: Int, pixels: [UInt8])
    {
        let run = try run(
            "pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), "-gray", "-singlefile", pdf])
        // Binary PGM: "P5\n<width> <height>\n<max>\n" then the pixels.
        let bytes = [UInt8](run.data)
        guard bytes.count > 16, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "5") else {
            throw Failure.missing("pdftoppm (no PGM output: \(run.output.prefix(200)))")
        }
        var fields: [Int] = []
        var index = 2
        while fields.count < 3, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            var value = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            fields.append(value)
        }
        return (fields[0], fields[1], Array(bytes[(index + 1)...]))
    }

    /// What the QR code on a PDF's first page says, read by zbarimg from a 100 dpi rendering
    /// (the PNG is written beside the PDF).
    package static func scanQRCode(_ pdf: String) throws -> String {
        let png = pdf + ".page"
        _ = try run("pdftoppm", ["-f", "1", "-l", "1", "-r", "100", "-png", "-singlefile", pdf, png])
        let scanned = try run("zbarimg", ["--quiet", "--raw", png + ".png"])
        return String(decoding: scanned.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
