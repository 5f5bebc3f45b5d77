/// The default plain-text templates, by file name: the files of `Templates/text/` in this folder,
/// embedded by SwiftPM (`.embedInCode`). SwiftPM names an embedded file after its file name
/// alone, so these are named `<name>.txt.mustache`: `guide.mustache` would clash with the site's.
/// A test checks that this table names every file of the folder.
package enum BundledTextTemplates {
    package static let files: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            ("agency.txt.mustache", PackageResources.agency_txt_mustache),
            ("guide.txt.mustache", PackageResources.guide_txt_mustache),
            ("index.txt.mustache", PackageResources.index_txt_mustache),
            ("notices.txt.mustache", PackageResources.notices_txt_mustache),
            ("review.txt.mustache", PackageResources.review_txt_mustache),
            ("section.txt.mustache", PackageResources.section_txt_mustache),
            ("sources.txt.mustache", PackageResources.sources_txt_mustache),
            ("unit.txt.mustache", PackageResources.unit_txt_mustache),
        ].map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
    )
}
