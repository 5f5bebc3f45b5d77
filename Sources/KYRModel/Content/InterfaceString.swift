/// The interface strings every output may use. kyr ships each in the languages of
/// `BuiltInStrings`; a project's strings files override them key by key and may define no
/// others. A project whose source language kyr ships no strings for must define every one.
package enum InterfaceString: String, Sendable, CaseIterable {
    case call
    case reviewedOn = "reviewed-on"
    case notReviewed = "not-reviewed"
    case checkedOn = "checked-on"
    case nextReview = "next-review"
    case changedSinceReview = "changed-since-review"
    case notLegalAdvice = "not-legal-advice"
    case sources
    case languages
    case guides
    case agencies
    case identifyTheAgency = "identify-the-agency"
    case sayThis = "say-this"
    case warning
    case yourRights = "your-rights"
    case onThisPage = "on-this-page"
    case relatedAgencies = "related-agencies"
    case draftNotice = "draft-notice"
    case fallbackNotice = "fallback-notice"
    case englishVersion = "english-version"
    case skipToContent = "skip-to-content"
    case pageNotFound = "page-not-found"
    case backToStart = "back-to-start"
    case chooseLanguage = "choose-language"
    case reported
    case official
    case community
    case translationStatus = "translation-status"
    case cardTitle = "card-title"
    case scanForMore = "scan-for-more"
    case kindSay = "kind-say"
    case kindWarning = "kind-warning"
    case kindRight = "kind-right"
    case kindStep = "kind-step"
    case kindTip = "kind-tip"
    case kindCue = "kind-cue"
    case kindDocument = "kind-document"
    case kindMay = "kind-may"
    case kindMayNot = "kind-may-not"
    case kindPolicy = "kind-policy"
    case hotline
    case sayInEnglish = "say-in-english"
    case showToAgent = "show-to-agent"
    case draftNoticeShort = "draft-notice-short"
    case fallbackNoticeShort = "fallback-notice-short"
    case page
}
