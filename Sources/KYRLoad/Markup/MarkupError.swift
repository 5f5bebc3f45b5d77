import KYRModel

/// A problem in inline markup, at an offset (in Unicode scalars) into the text.
struct MarkupError: Error, Equatable {
    var code: DiagnosticCode
    var message: String
    var offset: Int
}
