import Foundation
import KYRCheck
import KYRModel
import KYRTestSupport
import Testing

/// `official-source-host`: "official" is a claim about where a text comes from, so a source may
/// carry it only from a government's or court's own host, an archive of one, or a host
/// `site.yaml` lists with its reason.
@Suite struct OfficialSourceRuleTests {
    /// The `official-source-host` lines after the ICE note's sources are replaced by `sources`
    /// (title, url, kind) and site.yaml gets `siteExtra`.
    func found(_ sources: [(url: String, kind: String)], siteExtra: String = "") throws -> [String] {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let path = "Content/agencies/ice/en.yaml"
        let text = try project.read(path)
        let list = sources.enumerated().map { index, source in
            "  - id: s\(index)\n    kind: \(source.kind)\n    title: Source \(index)\n    url: \(source.url)\n"
        }.joined()
        let start = text.range(of: "sources:\n")!.upperBound
        try project.write(path, String(text[..<start]) + list)
        if !siteExtra.isEmpty {
            try project.write("Content/site.yaml", try project.read("Content/site.yaml") + siteExtra)
        }
        return try Checking.lines(project.path).filter {
            $0.hasSuffix("[official-source-host]") || $0.hasPrefix("Content/site.yaml")
        }
    }

    @Test func governmentCourtAndArchivedGovernmentHostsPass() throws {
        let found = try found([
            ("https://ilga.gov/legislation/publicacts/100/100-0463.htm", "official"),
            ("https://www.justice.gov/eoir/media/1413311/dl", "official"),
            ("https://www.gov.uk/guidance", "official"),
            ("https://www.gob.mx/sre", "official"),
            ("https://www.ci.chicago.il.us/ordinance", "official"),
            ("https://ec.europa.eu/home-affairs", "official"),
            (
                "https://wayback.stanford.edu/was/20180311093300mp_/http://www.usmarshals.gov/history/badges/index.html",
                "official"
            ),
            ("https://web.archive.org/web/2020/https://www.uscourts.gov/forms", "official"),
            ("https://www.the1stward.com/ice", "community"),
        ])
        #expect(found == [])
    }

    @Test func repostsAndOtherHostsLabelledOfficialAreReported() throws {
        let found = try found([
            ("https://www.the1stward.com/ice", "official"),  // a ward office's site
            ("https://vdocuments.us/decision-of-seventh-circuit.html", "official"),  // a copy on a sharing site
            ("https://www.gov.example.org/not-a-government", "official"),  // "gov" as a subdomain proves nothing
            ("https://web.archive.org/web/2020/https://blog.example.com/post", "official"),  // an archived blog
        ])
        #expect(found.count == 4)
        let expected: String =
            "Content/agencies/ice/en.yaml:17:5: warning: source 's0' of agency note 'ice' is labelled official, "
            + "but www.the1stward.com is not a government or court host; label it by what the host is (news, "
            + "organization, community), or, if the host publishes a government's own texts, list it under "
            + "official-hosts in site.yaml with the reason [official-source-host]"
        #expect(found.first == expected)
        #expect(found[2].contains("www.gov.example.org"))
        #expect(found[3].contains("blog.example.com"))
    }

    @Test func aHostSiteYAMLListsWithItsReasonPassesWithItsSubdomains() throws {
        let found = try found(
            [
                ("https://codelibrary.amlegal.com/codes/chicago/latest", "official"),
                ("https://www.codelibrary.amlegal.com/x", "official"),
                ("https://amlegal.com/other", "official"),
            ],
            siteExtra:
                "official-hosts:\n  codelibrary.amlegal.com: publishes the Chicago Municipal Code for the City Clerk\n")
        #expect(found.count == 1)
        #expect(found.first?.contains("but amlegal.com is not") == true)
    }

    @Test func anOfficialHostNeedsALowerCaseNameAndAReason() throws {
        let found = try found(
            [("https://ilga.gov/x", "official")],
            siteExtra: "official-hosts:\n  Example.ORG: the state's printer\n  printer.example.org: \"  \"\n")
        #expect(found.count == 2)
        #expect(found.first?.contains("error: 'Example.ORG' is not a host name") == true)
        #expect(found.last?.contains("error: the reason is blank [empty-text]") == true, "\(found)")
    }
}
