import Foundation
import KYRDriver
import KYRModel
import KYRTestSupport
import Testing

/// Coverage numbers against a hand-counted project, and every format agreeing with JSON.
@Suite struct CoverageTests {
    /// es: fallback/draft, every file present; one unit outdated, one missing, one orphan.
    /// pl: complete/translated, 3 guide units only. ar: never published, the ICE note only.
    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let site = try project.read("Content/site.yaml")
        try project.write(
            "Content/site.yaml",
            site.replacingOccurrences(
                of: "  - es\n",
                with: """
                      - es
                      - tag: pl
                        publish: complete
                        min-state: translated
                      - tag: ar
                        publish: never

                    """))
        try project.write(
            "Content/guides/at-home/pl.yaml",
            """
            state: translated
            units:
              title: Jeśli agenci przyjdą do domu
              summary: Nie musisz otwierać drzwi. Zadzwoń pod {hotline}.
              door.title: Trzymaj drzwi zamknięte

            """)
        try project.write(
            "Content/agencies/ice/ar.yaml",
            """
            state: draft
            units:
              name: إدارة الهجرة والجمارك
              short-name: ICE
              summary: الوكالة الفدرالية التي تعتقل الناس لأسباب تتعلق بالهجرة.
              recognize.title: كيف تتعرف عليهم
              recognize.vest: سترات مكتوب عليها *POLICE* أو *ICE*.

            """)
        for tag in ["pl", "ar"] {
            _ = try Stamping.stamp(
                ProjectLayout(root: project.path), languages: [try LanguageTag.parse(tag).get()], selections: [],
                today: Checking.today
            ) { _ in }
        }
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(of: "I will remain silent.", with: "I will stay silent."))
        let es = try project.read("Content/guides/at-home/es.yaml")
        try project.write(
            "Content/guides/at-home/es.yaml",
            es.replacingOccurrences(
                of: "  card.silent: Voy", with: "  door.old-unit: Algo que ya no existe.\n  card.silent: Voy"))
        let ice = try project.read("Content/agencies/ice/es.yaml")
        try project.write(
            "Content/agencies/ice/es.yaml",
            ice.replacingOccurrences(
                of: "  summary: La agencia federal que arresta a personas por motivos de inmigración.\n", with: ""))
        return project
    }

    /// language, document → units, words, draft, translated, reviewed, outdated, missing, orphan, errors, warnings, percent
    static let expected: [String: [String: [Double]]] = [
        "es": [
            "guides/at-home": [7, 38, 5, 0, 1, 1, 0, 1, 0, 2, 85.7],
            "agencies/ice": [5, 24, 0, 4, 0, 0, 1, 0, 0, 1, 80.0],
            "strings": [42, 82, 42, 0, 0, 0, 0, 0, 0, 0, 100.0],
            "total": [54, 144, 47, 4, 1, 1, 1, 1, 0, 3, 96.2],
        ],
        "pl": [
            "guides/at-home": [7, 38, 0, 3, 0, 0, 4, 0, 0, 1, 42.8],
            "agencies/ice": [5, 24, 0, 0, 0, 0, 5, 0, 0, 0, 0.0],
            "strings": [42, 82, 0, 0, 0, 0, 42, 0, 0, 0, 0.0],
            "total": [54, 144, 0, 3, 0, 0, 51, 0, 0, 1, 5.5],
        ],
        "ar": [
            "guides/at-home": [7, 38, 0, 0, 0, 0, 7, 0, 0, 0, 0.0],
            "agencies/ice": [5, 24, 5, 0, 0, 0, 0, 0, 0, 0, 0.0],
            "strings": [42, 82, 0, 0, 0, 0, 42, 0, 0, 0, 0.0],
            "total": [54, 144, 5, 0, 0, 0, 49, 0, 0, 0, 0.0],
        ],
    ]
    static let fields = [
        "units", "words", "draft", "translated", "reviewed", "outdated", "missing", "orphan", "errors", "warnings",
        "percent-complete",
    ]

    func run(_ project: TemporaryProject, _ format: String, _ extra: [String] = []) throws -> KyrBinary.Run {
        try KyrBinary.run(["coverage", "--project", project.path, "--today", "2026-11-22", "--format", format] + extra)
    }

    @Test func jsonMatchesHandCountedNumbers() throws {
        let project = try Self.project()
        let result = try run(project, "json")
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let languages = try #require(root["languages"] as? [[String: Any]])
        #expect(languages.map { $0["language"] as? String } == ["es", "pl", "ar"])
        for language in languages {
            let tag = try #require(language["language"] as? String)
            let rows =
                (try #require(language["documents"] as? [[String: Any]])) + [
                    try #require(language["total"] as? [String: Any])
                ]
            for row in rows {
                let document = try #require(row["document"] as? String)
                let numbers = Self.fields.map { (row[$0] as? NSNumber)?.doubleValue ?? -1 }
                #expect(numbers == Self.expected[tag]?[document], "\(tag) \(document)")
            }
        }
        let es = languages[0]
        let work = try #require(es["work"] as? [[String: Any]])
        #expect(
            work.map { "\($0["document"]!):\($0["key"]!):\($0["reason"]!)" } == [
                "guides/at-home:card.silent:outdated", "agencies/ice:summary:missing",
            ])
        #expect(work.first?["previous-source"] as? String == "I will remain silent.")
    }

    @Test func csvTableMarkdownAndHTMLAgreeWithJSON() throws {
        let project = try Self.project()
        // CSV: one line per language and document.
        let csv = try run(project, "csv").stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",").map(String.init)
        }
        #expect(csv.count == 12)
        for row in csv {
            #expect(row[2...].compactMap(Double.init) == Self.expected[row[0]]?[row[1]], "csv \(row)")
        }
        // Table: the same numbers in aligned columns.
        let table = try run(project, "table").stdout
        var language = ""
        var tableRows = 0
        for line in table.split(separator: "\n") {
            let cells = line.split(separator: " ").map(String.init)
            if let first = cells.first, Self.expected[first] != nil, line.contains("publish:") {
                language = first
                continue
            }
            guard let document = cells.first, let numbers = Self.expected[language]?[document] else { continue }
            #expect(cells.dropFirst().compactMap(Double.init) == numbers, "table \(line)")
            tableRows += 1
        }
        #expect(tableRows == 12)
        // Markdown: the summary table's totals.
        let markdown = try run(project, "markdown").stdout
        for (tag, rows) in Self.expected {
            let total = try #require(rows["total"])
            let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| \(tag) ") })
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let expected =
                [total[0], total[2], total[3], total[4], total[5], total[6], total[7], total[8], total[9]].map {
                    String(Int($0))
                }
                + [String(format: "%.1f%%", total[10])]
            #expect(Array(cells[2...]) == expected, "markdown \(line)")
        }
        // HTML: every table row of every language.
        let html = try run(project, "html").stdout
        for (tag, rows) in Self.expected {
            let section = try #require(
                html.components(separatedBy: "<details class=\"coverage-language\" id=\"lang-\(tag)\"").dropFirst()
                    .first?
                    .components(separatedBy: "</details>").first)
            for (document, numbers) in rows {
                let row = try #require(
                    section.components(separatedBy: "<tr><th scope=\"row\">\(document)</th>").dropFirst().first?
                        .components(separatedBy: "</tr>").first)
                let cells = row.components(separatedBy: "<td>").dropFirst().map {
                    $0.replacingOccurrences(of: "</td>", with: "").replacingOccurrences(of: "%", with: "")
                }
                #expect(cells.compactMap(Double.init) == numbers, "html \(tag) \(document)")
            }
        }
        #expect(html.contains("<del>remain</del>") && html.contains("<ins>stay</ins>"))
    }

    @Test func minimumGateNamesTheLanguagesBelowIt() throws {
        let project = try Self.project()
        let failing = try run(project, "table", ["--min", "95"])
        #expect(failing.status == 1)
        #expect(failing.stderr == "kyr: below 95.0% complete: pl (5.5%)\n")  // ar is not published
        #expect(try run(project, "table", ["--min", "5"]).status == 0)
        #expect(try run(project, "table", ["--lang", "es", "--min", "96"]).status == 0)
        #expect(try run(project, "table", ["--lang", "fr"]).status == 2)
        #expect(try run(project, "table", ["--min", "101"]).status == 2)
    }
}
