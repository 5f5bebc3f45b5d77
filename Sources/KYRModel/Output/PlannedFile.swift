/// One file an output format will write, named before anything is rendered, with what its
/// bytes are made from: what an incremental build compares to decide whether the file from the
/// last build can stay.
package struct PlannedFile: Sendable, Hashable {
    /// The path under the format's folder (`es/guides/at-home.html`).
    package var path: String
    package var dependency: OutputDependency

    package init(_ path: String, _ dependency: OutputDependency) {
        self.path = path
        self.dependency = dependency
    }
}

/// What a file's bytes depend on, besides the settings every file depends on (site.yaml, the
/// interface strings, the templates, the build's options, kyr itself).
package enum OutputDependency: Sendable, Hashable {
    /// Every document: index pages, lists, the sitemap.
    case everything
    /// These documents, each in every language: a page's language menu names the languages its
    /// document is published in, so a translation's change reaches the document's pages in all
    /// of them. The renderer must read no other document for the file.
    case documents([DocumentRef])
    /// Exactly what it is made from, hashed (a page's template values): files about every
    /// document (the lists, the sitemap) are then rendered again only when what they show changed.
    case value(ContentHash)
}
