/// The stable identifier of a rule. Codes appear in output (`[unknown-key]`, JSON `code`)
/// and are documented in docs/content-format.md; never rename one.
package enum DiagnosticCode: String, Sendable, CaseIterable {
    // Reading files
    case yamlSyntax = "yaml-syntax"
    case invalidUTF8 = "invalid-utf8"
    case fileTooLarge = "file-too-large"
    case tooDeep = "too-deep"
    case alias
    case yamlTag = "yaml-tag"
    case multipleDocuments = "multiple-documents"
    case unreadableFile = "unreadable-file"
    case linkOutsideProject = "link-outside-project"
    // Structure
    case duplicateKey = "duplicate-key"
    case unknownKey = "unknown-key"
    case missingField = "missing-field"
    case wrongType = "wrong-type"
    case invalidValue = "invalid-value"
    case invalidID = "invalid-id"
    case duplicateID = "duplicate-id"
    case invalidLanguage = "invalid-language"
    case invalidDate = "invalid-date"
    case markup
    case linkScheme = "link-scheme"
    case controlCharacter = "control-character"
    case commentInText = "comment-in-text"
    case bidiControl = "bidi-control"
    // Across files
    case unlistedLanguage = "unlisted-language"
    case unknownVariable = "unknown-variable"
    case unknownAgency = "unknown-agency"
    case missingSourceFile = "missing-source-file"
    case missingFile = "missing-file"
    case missingString = "missing-string"
    case noCues = "no-cues"
    case orphanUnit = "orphan-unit"
    case reviewOverdue = "review-overdue"
    case changedSinceReview = "changed-since-review"
    case reviewNotRecorded = "review-not-recorded"
    case unmarkedAgentLine = "unmarked-agent-line"
    case officialSourceHost = "official-source-host"
    case unexpectedFile = "unexpected-file"
    case unknownSource = "unknown-source"
    case unsourcedOfficial = "unsourced-official"
    case labelOnlyNegation = "label-only-negation"
    case smsOverBudget = "sms-over-budget"
    case smsHotlineSplit = "sms-hotline-split"
    case placeholderValue = "placeholder-value"
    // Translation against source
    case emptyText = "empty-text"
    case missingUnit = "missing-unit"
    case missingTranslation = "missing-translation"
    case outdatedUnit = "outdated-unit"
    case placeholderMismatch = "placeholder-mismatch"
    case linkMismatch = "link-mismatch"
    case factMismatch = "fact-mismatch"
    case numberMismatch = "number-mismatch"
    case markupMismatch = "markup-mismatch"
    case identicalToSource = "identical-to-source"
    case lengthRatio = "length-ratio"
    case unexplainedAllow = "unexplained-allow"
    case missingContact = "missing-contact"
    case lookalikeDigits = "lookalike-digits"
    // Output
    /// Further findings of a unit or file that are counted, not shown (their worst severity).
    case omitted
    // Print, after real layout
    case cardOverflow = "card-overflow"
    case pageOverflow = "page-overflow"

    /// Checks a translated unit may silence with `allow: {code: reason}`.
    package static let silenceable: [DiagnosticCode] = [
        .placeholderMismatch, .linkMismatch, .factMismatch, .numberMismatch, .markupMismatch, .identicalToSource,
        .lengthRatio,
    ]

    /// The codes of checks between a translation and its source: in languages that are not
    /// published, their findings are notes, even errors.
    package static let translationCodes: Set<DiagnosticCode> = [
        .missingUnit, .missingTranslation, .outdatedUnit, .placeholderMismatch, .linkMismatch, .factMismatch,
        .numberMismatch, .markupMismatch, .identicalToSource, .lengthRatio, .orphanUnit,
    ]

    /// The severity a rule reports with.
    package var severity: Severity {
        switch self {
        case .reviewOverdue, .changedSinceReview, .smsHotlineSplit, .reviewNotRecorded, .unmarkedAgentLine,
            .officialSourceHost,
            .unexpectedFile, .commentInText, .unsourcedOfficial, .labelOnlyNegation, .smsOverBudget,
            .orphanUnit, .placeholderValue,
            .missingUnit,
            .missingTranslation, .outdatedUnit,
            .numberMismatch, .markupMismatch, .identicalToSource, .lengthRatio, .unexplainedAllow, .cardOverflow,
            .pageOverflow:
            .warning
        default: .error
        }
    }
}
