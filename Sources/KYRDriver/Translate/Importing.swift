import Foundation
import KYRExchange
import KYRLoad
import KYRModel

/// `kyr translate import`: a translator's XLIFF or PO file back into the content. The file is
/// read and refused whole if it is unsafe or malformed; then, under the same lock on `Content/`
/// as stamping, the project is loaded and checked, each unit is decided (`ImportPlanner`), the
/// changed translation and history files are built in memory, and the project is loaded and
/// checked again with exactly those bytes in place of the files (`ContentLoader`'s overlay): a
/// unit the checks find an error in is refused and the files built again without it. Only
/// then is anything written, each file atomically (`ContentFileWriter`).
package enum Importing {
    package struct Request: Sendable {
        package var path: String
        package var dryRun: Bool
        package var force: Bool
        package var today: ContentDate

        package init(path: String, dryRun: Bool = false, force: Bool = false, today: ContentDate) {
            self.path = path
            self.dryRun = dryRun
            self.force = force
            self.today = today
        }
    }

    /// Why nothing was imported.
    package enum Failure: Error, Sendable {
        /// The content has errors: an import would be checked against broken text.
        case contentErrors(CheckedProject)
    }

    /// A file for a language the project does not translate into, or from another source language.
    package struct WrongLanguage: KYRError, Equatable {
        package var message: String
        package var exitStatus: Int32 { 1 }
        package var description: String { message }
    }

    /// How many times the checks may refuse units before the import gives up on the rest.
    static let rounds = 5

    package static func run(_ layout: ProjectLayout, _ request: Request) throws -> ImportReport {
        let bytes = try readInput(request.path)
        let format = ExchangeFormat.of(path: request.path, bytes: bytes)
        let file =
            switch format {
            case .xliff: try XLIFFImporter.read(bytes, file: request.path)
            case .po: try POImporter.read(bytes, file: request.path)
            }
        let lock = try FolderLock(folder: layout.content)
        defer { lock.release() }
        if !request.dryRun { ContentFileWriter.sweepTemporaries(under: layout.content) }
        let checked = try CheckedProject.load(layout, today: request.today)
        if checked.hasErrors { throw Failure.contentErrors(checked) }
        let language = try languageOf(file, checked: checked, path: request.path)

        let planner = ImportPlanner(content: checked.content, language: language, force: request.force)
        var (outcomes, changes) = planner.plan(file)
        var files: [String: String] = [:]
        for round in 1...rounds {
            let built = ImportFiles(content: checked.content, layout: layout, language: language).build(changes)
            drop(built.refused, from: &changes, outcomes: &outcomes)
            guard !built.files.isEmpty else { break }
            let loaded = try CheckedProject.load(
                layout, today: request.today, measurer: CheckedProject.printMeasurer(),
                overlay: built.files.mapValues { Array($0.utf8) })
            let verdicts = ImportVerdicts(
                checked: loaded, layout: layout, language: language, changes: changes, files: built.files)
            var refused = verdicts.refusals()
            if refused.isEmpty {
                files = built.files
                for change in changes { outcomes[change.outcome].findings = verdicts.findings(for: change) }
                break
            }
            if round == rounds {
                refused = Dictionary(
                    uniqueKeysWithValues: changes.indices.map {
                        ($0, refused[$0] ?? "the checks kept finding errors in this import; nothing of it was written")
                    })
            }
            drop(refused, from: &changes, outcomes: &outcomes)
        }
        if !request.dryRun {
            for relative in files.keys.sorted() {
                let path = layout.path(relative)
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try ContentFileWriter.write(files[relative]!, to: path, display: layout.display(relative))
            }
        }
        return ImportReport(
            file: request.path, format: format, language: language, dryRun: request.dryRun, outcomes: outcomes,
            written: files.keys.sorted().map(layout.display))
    }

    /// Refuses the changes at `indices` (with why), and takes them out of the plan.
    private static func drop(
        _ refused: [Int: String], from changes: inout [ImportPlanner.Change], outcomes: inout [ImportOutcome]
    ) {
        for (index, reason) in refused.sorted(by: { $0.key > $1.key }) {
            outcomes[changes[index].outcome].action = .refused
            outcomes[changes[index].outcome].detail = reason
            changes.remove(at: index)
        }
    }

    /// The file's target language, which the project must translate into; its source language,
    /// when it names one, must be the project's.
    private static func languageOf(_ file: ImportedFile, checked: CheckedProject, path: String) throws(WrongLanguage)
        -> LanguageTag
    {
        let language: LanguageTag
        switch LanguageTag.parse(file.language) {
        case .success(let tag): language = tag
        case .failure(.wrongCase(let canonical)):
            guard let tag = try? LanguageTag.parse(canonical).get() else { fallthrough }
            language = tag
        case .failure:
            throw WrongLanguage(message: "\(path): '\(file.language)' is not a language kyr knows")
        }
        guard checked.listedLanguages.contains(language) else {
            throw WrongLanguage(
                message: "\(path) is a translation into '\(language)', which is not among the languages of site.yaml")
        }
        if let source = file.sourceLanguage, let site = checked.content.site,
            source.lowercased() != site.sourceLanguage.identifier.lowercased()
        {
            throw WrongLanguage(
                message:
                    "\(path) translates from '\(source)', but this project's source language is '\(site.sourceLanguage)'"
            )
        }
        return language
    }

    /// The translator's file, refused when it is not a regular file or is too large.
    static func readInput(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw OutputError.system(path, errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw RefusedFile(file: path, message: "not a regular file")
        }
        let limit = SafeXMLReader.maxBytes
        guard Int(info.st_size) <= limit else {
            throw RefusedFile(
                file: path,
                message:
                    "the file is \(info.st_size) bytes; kyr reads translators' files of at most \(limit) bytes (16 MiB)"
            )
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else {
                    throw RefusedFile(file: path, message: "the file grew past \(limit) bytes while kyr read it")
                }
                bytes += [UInt8](repeating: 0, count: bytes.count)
            }
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw OutputError.system(path, errno) }
            if count == 0 { break }
            filled += count
        }
        return Array(bytes[..<filled])
    }
}
