import CPangoCairo
import KYRModel

/// What a PDF says about itself: title, author (the organization), subject, language, and a
/// creation date taken from the content, never from the clock, so two builds give the same bytes.
struct PDFMetadata {
    var title: String
    var author: String
    var subject: String
    var language: LanguageTag
    /// The day the content was last checked (the guide's legal review).
    var date: ContentDate

    /// The document's creator and producer, in its information dictionary.
    static let creator = "kyr"
    /// With the library versions: what laid out and drew the pages is what a print problem
    /// is traced to.
    static let producer =
        "kyr (Pango " + String(cString: pango_version_string()) + ", cairo " + String(cString: cairo_version_string())
        + ")"

    var cairoEntries: [(cairo_pdf_metadata_t, String)] {
        let stamp = date.description + "T00:00:00Z"
        return [
            (CAIRO_PDF_METADATA_TITLE, title), (CAIRO_PDF_METADATA_AUTHOR, author),
            (CAIRO_PDF_METADATA_SUBJECT, subject), (CAIRO_PDF_METADATA_CREATOR, Self.creator),
            (CAIRO_PDF_METADATA_CREATE_DATE, stamp), (CAIRO_PDF_METADATA_MOD_DATE, stamp),
        ]
    }
}
