/// The default templates and stylesheet, by file name: the files of `Templates/html/` in this
/// folder, embedded by SwiftPM (`.embedInCode`), so `kyr build` works from any folder.
/// SwiftPM names each embedded file after its name with dots and hyphens as underscores, and
/// cannot list them: a test checks that this table names every file of the folder.
package enum BundledTemplates {
    package static let files: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            ("agencies.mustache", PackageResources.agencies_mustache),
            ("agency.mustache", PackageResources.agency_mustache),
            ("agency-name.mustache", PackageResources.agency_name_mustache),
            ("card-line.mustache", PackageResources.card_line_mustache),
            ("coverage.mustache", PackageResources.coverage_mustache),
            ("coverage-page.mustache", PackageResources.coverage_page_mustache),
            ("footer.mustache", PackageResources.footer_mustache),
            ("guide.mustache", PackageResources.guide_mustache),
            ("head.mustache", PackageResources.head_mustache),
            ("header.mustache", PackageResources.header_mustache),
            ("hotline.mustache", PackageResources.hotline_mustache),
            ("index.mustache", PackageResources.index_mustache),
            ("language-switcher.mustache", PackageResources.language_switcher_mustache),
            ("not-found.mustache", PackageResources.not_found_mustache),
            ("notices.mustache", PackageResources.notices_mustache),
            ("review.mustache", PackageResources.review_mustache),
            ("root.mustache", PackageResources.root_mustache),
            ("section.mustache", PackageResources.section_mustache),
            ("show.mustache", PackageResources.show_mustache),
            ("sitemap.mustache", PackageResources.sitemap_mustache),
            ("sitemap-index.mustache", PackageResources.sitemap_index_mustache),
            ("sources.mustache", PackageResources.sources_mustache),
            ("style.css", PackageResources.style_css),
            ("translation-status.mustache", PackageResources.translation_status_mustache),
            ("unit.mustache", PackageResources.unit_mustache),
        ].map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
    )
}
