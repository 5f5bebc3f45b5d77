import Foundation
import KYRModel

/// Finds the files under `Content/` and classifies them by path; anything kyr does not read
/// is reported, so a misnamed file is never silently ignored.
struct ContentScanner {
    let layout: ProjectLayout
    private(set) var diagnostics: [Diagnostic] = []
    private let fileManager = FileManager.default
    /// The folders among the entries listed so far: classifying an entry then needs no second
    /// look at the disk (a large project has thousands of files).
    private var folders: Set<String> = []
    private var listed: Set<String> = []
    /// The project folder with its links resolved: a link in the content tree may point
    /// anywhere inside it, never outside.
    private let realRoot: String

    init(layout: ProjectLayout) {
        self.layout = layout
        realRoot = ProjectPath.real(layout.root) ?? layout.root
    }

    /// Every content file, sorted by path so runs are deterministic.
    mutating func scan() throws(LoadError) -> [ContentFile] {
        let root = layout.content
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .noContentFolder(layout.display(ProjectLayout.contentFolder))
        }
        if let outside = outsideTarget(root) {
            throw .outsideProject(layout.display(ProjectLayout.contentFolder), target: outside)
        }
        var files: [ContentFile] = []
        for entry in try list("Content") {
            let path = "Content/" + entry
            switch entry {
            case "site.yaml":
                files.append(file(path, role: .site))
            case "guides", "agencies":
                files += try documents(in: path, kind: entry == "guides" ? .guide : .agency)
            case "strings":
                for name in try list(path) {
                    if let language = languageFile(path + "/" + name) {
                        files.append(file(path + "/" + name, role: .document(.strings, id: "", language: language)))
                    }
                }
            case "history":
                files += try historyFiles(in: path)
            default:
                unexpected(path, "kyr reads site.yaml, guides/, agencies/, strings/ and history/ here")
            }
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }

    /// The file at a project-relative path that need not exist yet (a translation or history
    /// file an import is about to write), classified by its path alone; nil for other paths.
    func file(atPath path: String) -> ContentFile? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.first == ProjectLayout.contentFolder, let name = parts.last, name.hasSuffix(".yaml") else {
            return nil
        }
        let stem = String(name.dropLast(".yaml".count))
        let language = try? LanguageTag.parse(stem).get()
        switch parts.count {
        case 3 where parts[1] == "strings":
            return language.map { file(path, role: .document(.strings, id: "", language: $0)) }
        case 3 where parts[1] == "history" && name == "strings.yaml":
            return file(path, role: .history(.strings, id: ""))
        case 4 where (parts[1] == "guides" || parts[1] == "agencies") && Slug.isValid(parts[2]):
            return language.map {
                file(path, role: .document(parts[1] == "guides" ? .guide : .agency, id: parts[2], language: $0))
            }
        case 4 where parts[1] == "history" && (parts[2] == "guides" || parts[2] == "agencies") && Slug.isValid(stem):
            return file(path, role: .history(parts[2] == "guides" ? .guide : .agency, id: stem))
        default:
            return nil
        }
    }

    private mutating func documents(in folder: String, kind: DocumentKind) throws(LoadError) -> [ContentFile] {
        var files: [ContentFile] = []
        for id in try list(folder) {
            let path = folder + "/" + id
            guard isDirectory(path) else {
                unexpected(
                    path,
                    "put each \(kind == .guide ? "guide" : "agency note") in its own folder: \(folder)/<id>/<language>.yaml"
                )
                continue
            }
            guard Slug.isValid(id) else {
                let hint = Slug.suggestion(for: id).map { "; for example '\($0)'" } ?? ""
                diagnostics.append(
                    Diagnostic(
                        .invalidID,
                        "folder name '\(id)' is not a valid ID: use lower-case letters a-z, digits and single hyphens\(hint)",
                        at: .file(layout.display(path))))
                continue
            }
            for name in try list(path) {
                if let language = languageFile(path + "/" + name) {
                    files.append(file(path + "/" + name, role: .document(kind, id: id, language: language)))
                }
            }
        }
        return files
    }

    /// `history/strings.yaml` and `history/<guides|agencies>/<id>.yaml`, written by `kyr translate stamp`.
    private mutating func historyFiles(in folder: String) throws(LoadError) -> [ContentFile] {
        var files: [ContentFile] = []
        for entry in try list(folder) {
            let path = folder + "/" + entry
            if entry == "strings.yaml" {
                files.append(file(path, role: .history(.strings, id: "")))
            } else if entry == "guides" || entry == "agencies", isDirectory(path) {
                for name in try list(path) {
                    let id = String(name.dropLast(".yaml".count))
                    if name.hasSuffix(".yaml"), Slug.isValid(id) {
                        files.append(
                            file(path + "/" + name, role: .history(entry == "guides" ? .guide : .agency, id: id)))
                    } else {
                        unexpected(path + "/" + name, "history files are named <id>.yaml")
                    }
                }
            } else {
                unexpected(path, "history/ holds strings.yaml, guides/ and agencies/, written by kyr translate stamp")
            }
        }
        return files
    }

    /// The language of `<tag>.yaml`, or nil after reporting why the file is not one.
    private mutating func languageFile(_ path: String) -> LanguageTag? {
        let name = String(ProjectPath.lastComponent(of: path))
        guard !isDirectory(path) else {
            unexpected(path, "expected <language>.yaml files here, found a folder")
            return nil
        }
        guard name.hasSuffix(".yaml") else {
            let hint = name.hasSuffix(".yml") ? "; rename it to \(name.dropLast(4)).yaml" : ""
            unexpected(path, "kyr reads only <language>.yaml files here\(hint)")
            return nil
        }
        let tag = String(name.dropLast(5))
        switch LanguageTag.parse(tag) {
        case .success(let language):
            return language
        case .failure(let problem):
            diagnostics.append(
                Diagnostic(.invalidLanguage, "file name: " + problem.message(for: tag), at: .file(layout.display(path)))
            )
            return nil
        }
    }

    private func file(_ path: String, role: ContentFile.Role) -> ContentFile {
        ContentFile(relativePath: path, displayPath: layout.display(path), absolutePath: layout.path(path), role: role)
    }

    private mutating func unexpected(_ path: String, _ why: String) {
        diagnostics.append(
            Diagnostic(
                .unexpectedFile, "'\(path.split(separator: "/").last!)' is not read: \(why)",
                at: .file(layout.display(path))))
    }

    /// Where `path` really is when that is outside the project (a link, or a link above it); nil inside.
    private func outsideTarget(_ path: String) -> String? {
        guard let real = ProjectPath.real(path) else { return nil }
        return ProjectPath.isInside(real, realRoot) ? nil : real
    }

    private func isDirectory(_ path: String) -> Bool {
        if listed.contains(ProjectPath.parent(of: path)) { return folders.contains(path) }
        var isDirectory: ObjCBool = false
        return fileManager.fileExists(atPath: layout.path(path), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Names in a folder, without hidden files (`.DS_Store`, `.gitkeep`), sorted. Remembers
    /// which are folders, from the listing's entry types (a stat only when the type is unknown
    /// or a symbolic link).
    private mutating func list(_ path: String) throws(LoadError) -> [String] {
        let absolute = layout.path(path)
        guard let folder = opendir(absolute) else {
            throw .unreadableFolder(layout.display(path), reason: String(cString: strerror(errno)))
        }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let type = entry.pointee.d_type
            if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN), let outside = outsideTarget(absolute + "/" + name) {
                // Never read (or quote in a diagnostic) a file outside the project, nor write
                // through a link to one.
                diagnostics.append(
                    Diagnostic(
                        .linkOutsideProject,
                        "'\(name)' is a symbolic link to \(outside), outside the project; kyr reads and writes only inside the project folder",
                        at: .file(layout.display(path + "/" + name))))
                continue
            }
            names.append(name)
            var isFolder = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var info = stat()
                isFolder = stat(absolute + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder { folders.insert(path + "/" + name) }
        }
        listed.insert(path)
        return names.sorted()
    }
}
