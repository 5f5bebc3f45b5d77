import KYRModel

/// The keys an incremental build compares: one for everything a format's files all depend on
/// (kyr itself, the build's options, the format's own settings, every project file that is not
/// a document's), one per document (its files in every language), and from those one per
/// planned file. Two builds whose keys for a file are equal write the same bytes for it.
package struct BuildKeys: Sendable {
    /// What every file of the format depends on.
    package let settings: ContentHash
    /// Each document's files, hashed together.
    package let documents: [DocumentRef: ContentHash]
    /// Every input of the format: equal for two builds exactly when nothing they read differs.
    package let inputs: ContentHash

    /// Bumped when the manifest or the way keys are made changes, so older manifests stop matching.
    static let scheme = "kyr incremental build 1"

    package init(inventory: InputInventory, request: BuildRequest, format: BuildFormat, identity: String) {
        var settings = ContentHash()
        settings.combine(Self.scheme)
        settings.combine(request.tool)
        settings.combine(format.rawValue)
        settings.combine(identity)
        settings.combine(request.languages.map(\.identifier).joined(separator: ","))
        settings.combine(request.today.description)
        settings.combine(request.translationStatus ? "translation status" : "no translation status")
        settings.combine(String(request.textWidth))
        settings.combine(request.paper?.rawValue ?? "site paper")
        settings.combine(request.baseURL ?? "site base-url")
        var documents: [DocumentRef: [(String, ContentHash)]] = [:]
        for (path, hash) in inventory.files.sorted(by: { $0.key < $1.key }) {
            if Self.isOtherFormatsTemplate(path, format) { continue }
            if let document = InputInventory.document(of: path) {
                documents[document, default: []].append((path, hash))
            } else {
                settings.combine(path)
                settings.combine(hash)
            }
        }
        self.settings = settings
        self.documents = documents.mapValues { files in
            var hash = ContentHash()
            for (path, file) in files {
                hash.combine(path)
                hash.combine(file)
            }
            return hash
        }
        var inputs = settings
        for (document, hash) in self.documents.sorted(by: { $0.key < $1.key }) {
            inputs.combine(document.path)
            inputs.combine(hash)
        }
        self.inputs = inputs
    }

    /// Whether `path` is in another format's templates (`Templates/text/` for the site), which
    /// this format never reads.
    static func isOtherFormatsTemplate(_ path: String, _ format: BuildFormat) -> Bool {
        let parts = path.split(separator: "/", maxSplits: 2)
        guard parts.count == 3, parts[0] == ProjectLayout.templatesFolder,
            let owner = BuildFormat(rawValue: String(parts[1]))
        else { return false }
        return owner != format
    }

    /// The key of a file with `dependency`.
    package func key(_ dependency: OutputDependency) -> ContentHash {
        switch dependency {
        case .everything:
            var key = inputs
            key.combine("everything")
            return key
        case .value(let hash):
            var key = settings
            key.combine("value")
            key.combine(hash)
            return key
        case .documents(let references):
            var key = settings
            for document in Set(references).sorted() {
                key.combine(document.path)
                key.combine(documents[document] ?? ContentHash(Array("missing".utf8)))
            }
            return key
        }
    }
}
